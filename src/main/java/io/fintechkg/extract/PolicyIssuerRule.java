package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.ArrayList;
import java.util.List;

/**
 * A document whose title names its issuer before 关于 (国务院关于…的意见, 中共中央国务院关于…的意见, 中国银保监会关于…的批复)
 * is issued by each body the title names (GUIDELINES: "a document whose own title names its issuer"); those bodies are
 * entities of the article even when the title is their only mention.
 */
final class PolicyIssuerRule {

    private PolicyIssuerRule() {
    }

    static void apply(ArticleView view, List<Candidate> kept, List<Candidate> heads, List<Fact> facts) {
        Lexicon lexicon = view.lexicon();
        for (Candidate policy : kept) {
            int about = policy.type() == EntityType.POLICY ? policy.name().indexOf("关于") : -1;
            if (about < 2) {
                continue;
            }
            String issuers = policy.name().substring(0, about);
            int offset = view.masked().indexOf(issuers, policy.start());
            if (offset < 0 || offset > policy.start() + 1) {
                continue;
            }
            for (Candidate issuer : split(issuers, offset, lexicon)) {
                heads.add(issuer);
                facts.add(new Fact(issuer.name(), RelationType.ISSUED, policy.name(), policy.start(), 0.85,
                        "title:issuer"));
            }
        }
    }

    /**
     * {@return the bodies a run of names is made of (中共中央|国务院): the known names that cover it, else the run itself
     * when it ends like a body's name; none when neither}
     */
    private static List<Candidate> split(String run, int offset, Lexicon lexicon) {
        List<Candidate> bodies = new ArrayList<>();
        int at = 0;
        while (at < run.length()) {
            String longest = null;
            for (int end = run.length(); end > at + 1 && longest == null; end--) {
                String form = run.substring(at, end);
                if (lexicon.gazetteer.entries(form).stream().anyMatch(e -> e.type() != EntityType.PLACE)) {
                    longest = form;
                }
            }
            if (longest == null) {
                bodies.clear();
                break;
            }
            bodies.add(issuer(offset + at, longest));
            at += longest.length();
        }
        NameSuffix suffix = lexicon.suffixes.of(run);
        if (bodies.isEmpty() && suffix != null && suffix.type() != EntityType.PLACE && suffix.type() != EntityType.EVENT) {
            bodies.add(issuer(offset, run));
        }
        return bodies;
    }

    private static Candidate issuer(int start, String name) {
        return new Candidate(start, start + name.length(), name, EntityType.INSTITUTION, "title:issuer", 2);
    }
}
