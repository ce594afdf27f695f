package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;

/**
 * Organisations HanLP's dictionary knows by name (华为, 百度, 国务院) are institutions even without a suffix or a
 * list around them, when the word stands alone (阿里 in 阿里云 does not). News outlets are left out: an outlet
 * named as the source of a report is not an entity.
 */
final class KnownOrganisationRule {

    private KnownOrganisationRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        Lexicon lexicon = sentence.lexicon();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("nt") || t.word().length() < 2 || !Segmenter.inDictionaryAs(t.word(), "nt")
                    || lexicon.mediaHeads.stream().anyMatch(t.word()::endsWith)) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean standsAlone = next == null || NameBoundary.isBoundary(next, lexicon) || next.isVerb()
                    || lexicon.boundaryWords.contains(next.word());
            if (standsAlone) {
                out.add(new Candidate(t.start(), t.end(), t.word(), EntityType.INSTITUTION, "dictionary:nt", 1));
            }
        }
    }
}
