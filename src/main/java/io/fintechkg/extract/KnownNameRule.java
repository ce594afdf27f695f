package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the {@link Gazetteer} knows: institutions by their full and conventional short names (中信证券, 央行, 工信部),
 * divisions (上海市, 吴中区), countries and regions (京津冀). A known form counts only where it stands as a word of its
 * own: it must not begin or end inside one of HanLP's words (上海 in 上海滩), and a two-character short form must not
 * be glued to the nouns around it (中建 in 在城市中建花园). A county's short name (包河, 吴中) also names other things
 * (新城, 沿河), so it counts only in an article that names the county's city or province: news writes a district
 * short only where the reader already knows the city.
 */
final class KnownNameRule {

    static final String RULE = "known:";

    private KnownNameRule() {
    }

    static void apply(ArticleView view, List<Candidate> out) {
        Gazetteer gazetteer = view.lexicon().gazetteer;
        List<Gazetteer.Hit> standing = new ArrayList<>();
        Set<String> namedDivisions = new HashSet<>();
        for (Sentence sentence : view.sentences()) {
            for (Gazetteer.Hit hit : gazetteer.find(sentence.text(), sentence.start())) {
                if (standsAsWord(sentence, hit)) {
                    standing.add(hit);
                    if (hit.strength() == Gazetteer.Strength.NAME && hit.type() == EntityType.PLACE) {
                        hit.entries().forEach(e -> namedDivisions.add(e.name()));
                    }
                }
            }
        }
        for (Gazetteer.Hit hit : standing) {
            if (hit.strength() == Gazetteer.Strength.SHORT && hit.entries().stream()
                    .noneMatch(e -> e.parents().stream().anyMatch(namedDivisions::contains))) {
                continue;
            }
            // a place inside a longer name of any rule (张江 in 张江…产业园) is no place of its own: it ranks below
            int priority = hit.type() == EntityType.PLACE ? 1 : 2;
            out.add(new Candidate(hit.start(), hit.end(), hit.form(), hit.type(), RULE + hit.entries().getFirst().kind(),
                    priority));
        }
    }

    private static boolean standsAsWord(Sentence sentence, Gazetteer.Hit hit) {
        int first = sentence.tokenAt(hit.start());
        int last = sentence.tokenAt(hit.end() - 1);
        if (first < 0 || last < 0) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        Token head = tokens.get(first);
        Token tail = tokens.get(last);
        boolean whole = head.start() == hit.start() && tail.end() == hit.end();
        boolean placeName = hit.strength() == Gazetteer.Strength.NAME && hit.type() == EntityType.PLACE;
        if (hit.form().length() <= 2 && placeName) {
            return whole;
        }
        if (hit.form().length() <= 2 || hit.strength() == Gazetteer.Strength.SHORT) {
            return whole && first == last && apart(first > 0 ? tokens.get(first - 1) : null)
                    && apart(last + 1 < tokens.size() ? tokens.get(last + 1) : null);
        }
        // a long name HanLP cut differently still stands alone where the text around it is no part of a word
        return whole || hit.form().length() >= 4
                && (head.start() == hit.start() || !Character.isIdeographic(sentence.charAt(hit.start() - 1)))
                && (tail.end() == hit.end() || hit.end() >= sentence.end()
                        || !Character.isIdeographic(sentence.charAt(hit.end())));
    }

    /** A short form stands apart where its neighbour is no noun that could be part of one name with it. */
    private static boolean apart(Token neighbour) {
        if (neighbour == null || neighbour.isPunctuation()) {
            return true;
        }
        String pos = neighbour.pos();
        return !(pos.startsWith("n") || pos.equals("j") || pos.startsWith("g")
                || pos.equals("b") || pos.equals("x"));
    }
}
