package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policies: a title in 《》 whose head is a kind of document (意见, 办法, 白皮书 …; not a newspaper), and a quoted
 * name that is released (“金融数据港十条”同时发布) or followed by its head (“双碳”目标 → 双碳目标).
 */
final class PolicyNameRule {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,40})》");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{2,20})[”\"]");
    private static final Pattern RELEASED = Pattern.compile("^(同时|同期|正式|近日|今天|当天|也)?(发布|印发|出台|发出|公布|推出)");
    private static final Pattern QUOTED_HEAD = Pattern.compile("^(战略|目标|规划|计划|行动计划|方案|政策|意见|工程|倡议)");

    private static final Pattern TITLED = Pattern.compile("关于[^，。；《》“”]{2,60}?的\\p{IsHan}{1,6}");
    private static final Pattern ISSUE_VERB = Pattern.compile("(?:制定|印发|出台|编制|发布)了?");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（）()]{1,16}[）)]$");

    private PolicyNameRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        Lexicon lexicon = sentence.lexicon();
        Matcher m = BOOK_TITLE.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (isPolicy(name, lexicon)) {
                out.add(new Candidate(sentence.start() + m.start(), sentence.start() + m.end(), name,
                        EntityType.POLICY, "policy:《》", 4));
            }
        }
        titledDocuments(sentence, out);
        issuedObjects(sentence, out);
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            String name = q.group(1).strip();
            String after = text.substring(q.end());
            Matcher head = QUOTED_HEAD.matcher(after);
            if (RELEASED.matcher(after).find() && isPolicy(name, lexicon)) {
                out.add(new Candidate(sentence.start() + q.start(), sentence.start() + q.end(), name,
                        EntityType.POLICY, "policy:quoted-release", 4));
            } else if (head.find() && !head.group().equals("工程")) {
                out.add(new Candidate(sentence.start() + q.start(), sentence.start() + q.end() + head.end(),
                        name + head.group(), EntityType.POLICY, "policy:quoted-head", 4, List.of(name)));
            }
        }
    }

    /**
     * 国务院关于支持北京城市副中心高质量发展的意见: a document's title names its issuer, 关于, its subject and its kind, with or
     * without 《》 around it; the issuer must be an organisation the text or the gazetteer knows.
     */
    private static void titledDocuments(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        Lexicon lexicon = sentence.lexicon();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            int about = sentence.start() + m.start();
            if (insideBookTitle(text, m.start()) || lexicon.unquotedPolicyHeads.stream().noneMatch(m.group()::endsWith)) {
                continue;
            }
            NameBoundary.Found issuer = NameBoundary.leftOf(sentence, about, about, false, false, true, false);
            String name = issuer.name();
            if (name.length() < 2 || !(lexicon.gazetteer.knowsPartOf(name) || namesOrganisation(name, lexicon))) {
                continue;
            }
            out.add(new Candidate(issuer.start(), sentence.start() + m.end(), name + m.group(), EntityType.POLICY,
                    "policy:titled", 4));
        }
    }

    /** 制定了中新金融科技合作示范区创建方案: what a body issues, up to the kind of document, is a policy when it is named. */
    private static void issuedObjects(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        Lexicon lexicon = sentence.lexicon();
        Matcher verb = ISSUE_VERB.matcher(text);
        while (verb.find()) {
            int from = verb.end();
            int to = from;
            while (to < text.length() && "，。；：、《“的".indexOf(text.charAt(to)) < 0 && to - from < 40) {
                to++;
            }
            // 发布了A计划和B清单: each document of a list
            int itemStart = from;
            for (int i = from; i <= to; i++) {
                if (i == to || text.charAt(i) == '和') {
                    addIssued(sentence, itemStart, i, lexicon, out);
                    itemStart = i + 1;
                }
            }
        }
    }

    private static void addIssued(Sentence sentence, int from, int to, Lexicon lexicon, List<Candidate> out) {
        int start = sentence.start() + from;
        int end = sentence.start() + to;
        List<Token> tokens = sentence.tokensIn(start, end);
        while (!tokens.isEmpty() && tokens.getFirst().isVerb()) {
            // 制定实施…规划: the verb before the title is the sentence's
            start = tokens.getFirst().end();
            tokens = tokens.subList(1, tokens.size());
        }
        String object = sentence.text(start, end);
        if (object.length() >= 6 && !tokens.isEmpty() && tokens.getFirst().start() == start
                && lexicon.unquotedPolicyHeads.stream().anyMatch(object::endsWith)
                && OrganisationNameRule.hasNamingWord(tokens, lexicon)) {
            out.add(new Candidate(start, end, object, EntityType.POLICY, "policy:issued", 3));
        }
    }

    private static boolean namesOrganisation(String name, Lexicon lexicon) {
        NameSuffix suffix = lexicon.suffixes.of(name);
        return suffix != null && suffix.type() != EntityType.PLACE && suffix.type() != EntityType.EVENT
                && suffix.kind() != NameSuffix.Kind.TRADE;
    }

    private static boolean insideBookTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open;
    }

    private static boolean isPolicy(String written, Lexicon lexicon) {
        // 规划（2022－2025年）, 指引（2022年版）: the period or edition follows the document's head
        String name = TRAILING_BRACKET.matcher(written).replaceFirst("");
        for (String media : lexicon.mediaHeads) {
            if (name.endsWith(media)) {
                return false;
            }
        }
        for (String head : lexicon.policyHeads) {
            if (name.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
