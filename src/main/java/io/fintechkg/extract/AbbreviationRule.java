package io.fintechkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code X（以下简称“Y”）} and {@code X（简称Y）}: Y is another name of the X just before the bracket. */
final class AbbreviationRule {

    /** The short form {@code alias} belongs to the name that ends at {@code nameEnd}. */
    record Abbreviation(int nameEnd, String alias, int start, int end) {
    }

    private static final Pattern PATTERN = Pattern.compile(
            "[（(](?:以下)?(?:简称|下称|称)[：:]?[“\"「‘]?([^”\"」’）)]{1,12})[”\"」’]?[）)]");

    private AbbreviationRule() {
    }

    static void apply(Sentence sentence, List<Abbreviation> out) {
        Matcher m = PATTERN.matcher(sentence.text());
        while (m.find()) {
            out.add(new Abbreviation(sentence.start() + m.start(), m.group(1).strip(), sentence.start() + m.start(),
                    sentence.start() + m.end()));
        }
    }
}
