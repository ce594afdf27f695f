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
