package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places used on their own: a place name HanLP knows from its dictionary or that ends like an administrative
 * area (省 市 区 县 镇), and the place of 在X举行/落成 or 落户X. A place inside a longer name loses against that
 * name when candidates are resolved, so 张江 in 张江鑫智汇金融科技产业园 is no place of its own.
 */
final class PlaceRule {

    private static final Pattern VENUE = Pattern.compile(
            "在([^，。；、在的]{2,12}?)(?:顺利|正式|隆重|圆满|成功)?(举行|召开|举办|落成|落户|落地|开幕|落幕|闭幕|揭牌)");
    private static final Pattern SETTLE_TARGET = Pattern.compile("(落户|落地|入驻|进驻)([^，。；、的]{2,12}?)(?=[，。；、]|建设|$)");

    private PlaceRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        Lexicon lexicon = sentence.lexicon();
        for (Token t : sentence.tokens()) {
            if (t.isPlaceName() && t.word().length() >= 2 && lexicon.isKnownPlace(t.word())) {
                out.add(new Candidate(t.start(), t.end(), t.word(), EntityType.PLACE, "place:ns", 1));
            }
        }
        Matcher venue = VENUE.matcher(sentence.text());
        while (venue.find()) {
            addVenue(sentence, venue.start(1), venue.end(1), "place:在…" + venue.group(2), out);
        }
        Matcher settle = SETTLE_TARGET.matcher(sentence.text());
        while (settle.find()) {
            int s = sentence.start() + settle.start(2);
            int e = sentence.start() + settle.end(2);
            NameSuffix suffix = lexicon.suffixes.of(settle.group(2));
            boolean placeLike = sentence.tokensIn(s, e).stream().anyMatch(Token::isPlaceName)
                    || suffix != null && suffix.type() == EntityType.PLACE
                    && settle.group(2).length() > suffix.text().length() + 1;
            if (placeLike) {
                addVenue(sentence, settle.start(2), settle.end(2), "place:" + settle.group(1), out);
            }
        }
    }

    private static void addVenue(Sentence sentence, int from, int to, String rule, List<Candidate> out) {
        int s = sentence.start() + from;
        int e = sentence.start() + to;
        String name = sentence.text(s, e);
        if (sentence.tokensIn(s, e).stream().anyMatch(t -> t.pos().equals("t") || t.pos().startsWith("r")
                || t.pos().startsWith("m") || t.isVerb())) {
            return;
        }
        out.add(new Candidate(s, e, name, EntityType.PLACE, rule, 1));
    }
}
