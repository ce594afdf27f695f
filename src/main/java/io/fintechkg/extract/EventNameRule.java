package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meetings Chinese political and economic news names by number rather than by a suffix after a name: party
 * congresses (党的十九大, 党的二十大), plenums of a central committee (十九届五中全会; in 十九届二中、三中、五中全会 only the
 * last is written whole), and the numbered sessions of a congress or committee
 * (第十三届全国人民代表大会第四次会议).
 */
final class EventNameRule {

    private static final String NUMERAL = "[一二三四五六七八九十]";
    private static final Pattern CONGRESS = Pattern.compile("(?:党的|中共)" + NUMERAL + "{1,3}大");
    private static final Pattern PLENUMS = Pattern.compile(
            "(?<term>" + NUMERAL + "{1,3}届)(?<list>(?:" + NUMERAL + "中、)*)(?<last>" + NUMERAL + "中全会)");
    private static final Pattern SESSION = Pattern.compile("第[一二三四五六七八九十\\d]+次(?:全体)?会议");
    private static final Pattern SESSION_BODY = Pattern.compile("(代表大会|委员会|常委会|常务委员会|理事会|董事会|大会)$");

    private EventNameRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        if (text.indexOf('大') < 0 && !text.contains("全会") && !text.contains("次")) {
            return;
        }
        Matcher congress = CONGRESS.matcher(text);
        while (congress.find()) {
            add(sentence, congress.start(), congress.end(), congress.group(), out);
        }
        Matcher plenums = PLENUMS.matcher(text);
        while (plenums.find()) {
            // 十九届二中、三中、四中、五中全会: only the last plenum is written out whole (a name must be in the text)
            String term = plenums.group("term");
            int last = plenums.start("last");
            int start = plenums.group("list").isEmpty() ? plenums.start() : last;
            out.add(new Candidate(sentence.start() + start, sentence.start() + plenums.end(),
                    term + plenums.group("last"), EntityType.EVENT, "event:plenum", 3,
                    List.of(plenums.group("last"))));
        }
        Matcher session = SESSION.matcher(text);
        while (session.find()) {
            Matcher body = SESSION_BODY.matcher(text.substring(0, session.start()));
            if (!body.find()) {
                continue;
            }
            int suffixStart = sentence.start() + body.start();
            NameBoundary.Found found = NameBoundary.leftOf(sentence, suffixStart, sentence.start() + session.start(),
                    true, false);
            if (found.name().length() > body.group().length()) {
                out.add(new Candidate(found.start(), sentence.start() + session.end(),
                        found.name() + session.group(), EntityType.EVENT, "event:session", 3));
            }
        }
    }

    private static void add(Sentence sentence, int start, int end, String name, List<Candidate> out) {
        out.add(new Candidate(sentence.start() + start, sentence.start() + end, name, EntityType.EVENT,
                "event:congress", 3));
    }
}
