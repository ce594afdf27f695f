package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People: the names in appointment and removal lists (任命A、B为…, 免去A的…), a name after a title
 * (董事长张金良, 副主任许可认为), and a Chinese name HanLP recognises followed by a verb of saying or attending.
 * Bylines are masked before this rule runs.
 */
final class PersonRule {

    private static final String HAN_NAME = "[\\p{IsHan}]{1,6}(?:·[\\p{IsHan}]{1,10})?";
    private static final Pattern APPOINTMENT = Pattern.compile(
            "(任命|免去|聘任|提名|选举|推选)((?:" + HAN_NAME + "(?:[（(][男女][）)])?、)*" + HAN_NAME
                    + "(?:[（(][男女][）)])?)(?=为|的|同志|担任)");
    private static final List<String> APPOINTING_VERBS = List.of("任命", "免去", "聘任", "提名", "选举", "推选");
    private static final Pattern GENDER = Pattern.compile("[（(][男女][）)]");

    private PersonRule() {
    }

    /**
     * {@return full Chinese names (surname and given name, three characters, tagged nr) that the article writes at
     * least twice}: the people a report is about (a player in title and body) are named again and again, while a
     * company HanLP mistakes for a name is a two-character brand (高盛, 英伟达 lacks a surname)
     */
    static Set<String> repeatedNames(List<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (t.pos().equals("nr") && t.word().length() == 3 && s.lexicon().surnames.indexOf(t.word().charAt(0)) >= 0) {
                    counts.merge(t.word(), 1, Integer::sum);
                }
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((name, n) -> {
            if (n >= 2 && !isKnownOrganisation(name)) {
                repeated.add(name);
            }
        });
        return repeated;
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        apply(sentence, out, Set.of());
    }

    static void apply(Sentence sentence, List<Candidate> out, Set<String> repeatedNames) {
        Lexicon lexicon = sentence.lexicon();
        Matcher m = APPOINTMENT.matcher(sentence.text());
        boolean appoints = APPOINTING_VERBS.stream().anyMatch(sentence.text()::contains);
        while (appoints && m.find()) {
            int at = sentence.start() + m.start(2);
            for (String part : m.group(2).split("、")) {
                String name = GENDER.matcher(part).replaceAll("");
                if (name.length() >= 2) {
                    out.add(new Candidate(at, at + part.length(), name, EntityType.PERSON, "person:" + m.group(1), 5));
                }
                at += part.length() + 1;
            }
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean afterTitle = previous != null && isTitle(previous.word(), lexicon);
            if (t.isPersonName() && t.word().length() >= 2) {
                // HanLP tags many companies as names (特斯拉/nrf, 英伟达/nr, 高盛/nr): without a title, only a Chinese
                // name with a common surname that speaks (张金良表示) is taken for a person
                boolean chinese = t.pos().equals("nr") && lexicon.surnames.indexOf(t.word().charAt(0)) >= 0
                        && !isKnownOrganisation(t.word());
                boolean speaks = next != null && lexicon.personVerbs.contains(next.word()) && chinese;
                // 旷仁山副主任: news also writes the title after the name
                boolean titled = next != null && t.pos().equals("nr") && t.word().length() <= 3
                        && !isKnownOrganisation(t.word()) && (isTitle(next.word(), lexicon)
                        || lexicon.titlePrefixes.contains(next.word()) && i + 2 < tokens.size()
                        && isTitle(tokens.get(i + 2).word(), lexicon));
                // 习近平: a person HanLP's own dictionary knows by name
                boolean known = t.pos().equals("nr") && t.word().length() >= 3 && Segmenter.inDictionaryAs(t.word(), "nr");
                if (afterTitle || speaks || titled || known || repeatedNames.contains(t.word())) {
                    int end = t.end();
                    Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
                    if (afterTitle && t.word().length() == 2 && next != null && next.word().length() == 1
                            && Character.isIdeographic(next.word().charAt(0)) && !lexicon.boundaryWords.contains(next.word())
                            && !next.isVerb() && (after == null || after.isPunctuation()
                            || lexicon.personVerbs.contains(after.word()))) {
                        // 理事长屠光/绍认为: HanLP cut a three-character name after its second character
                        end = next.end();
                    }
                    // a name known or repeated without a title may still be part of a longer name (李四光科学奖基金会)
                    boolean weak = !afterTitle && !speaks && !titled;
                    out.add(new Candidate(t.start(), end, sentence.text(t.start(), end), EntityType.PERSON,
                            afterTitle ? "person:title" : speaks ? "person:speaks" : titled ? "person:titled"
                                    : known ? "person:known" : "person:repeated", weak ? 1 : 3));
                }
            } else if (afterTitle && !t.isPersonName()) {
                // HanLP misses names that are words too (许可): a title, two or three characters, then 认为/表示
                String rest = sentence.text(t.start(), sentence.end());
                for (int len = 2; len <= 3 && len < rest.length(); len++) {
                    String name = rest.substring(0, len);
                    String after = rest.substring(len);
                    if (name.chars().allMatch(Character::isIdeographic)
                            && lexicon.personVerbs.stream().anyMatch(after::startsWith)) {
                        out.add(new Candidate(t.start(), t.start() + len, name, EntityType.PERSON, "person:title", 3));
                        break;
                    }
                }
            }
        }
    }

    static boolean isTitle(String word, Lexicon lexicon) {
        return lexicon.titles.contains(word) || word.endsWith("长") && word.length() <= 4
                && lexicon.titles.stream().anyMatch(word::endsWith);
    }

    private static boolean isKnownOrganisation(String word) {
        return Segmenter.inDictionaryAs(word, "nt");
    }
}
