package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News names a group's subsidiaries after 旗下 by a short form: the parent's abbreviation and the line of business
 * (宁波银行旗下宁银理财, 某集团旗下某某证券). Such a form carries no company suffix, so only the 旗下 before it and the
 * line-of-business word that ends it make it a name; a kind of firm (旗下理财子公司) has no abbreviation in front.
 */
final class SubsidiaryShortNameRule {

    private static final Pattern SHORT_FORM = Pattern.compile(
            "旗下的?(?<name>\\p{IsHan}{2,3}(?:理财|证券|基金|保险|信托|资管|期货|消费金融))(?=[、，。；和及等与（]|$)");

    private SubsidiaryShortNameRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        Lexicon lexicon = sentence.lexicon();
        Matcher m = SHORT_FORM.matcher(sentence.text());
        while (m.find()) {
            String name = m.group("name");
            String lead = name.substring(0, 2);
            if (lexicon.genericWords.contains(lead) || lexicon.quantifiers.contains(lead)) {
                continue;
            }
            int start = sentence.start() + m.start("name");
            out.add(new Candidate(start, start + name.length(), name, EntityType.INSTITUTION, "subsidiary:旗下", 1));
        }
    }
}
