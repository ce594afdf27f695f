package io.fintechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.parse.ParseException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the bundled development articles, scored against their gold files with the evaluation's own
 * matching rules (see {@link GoldScorer}). The targets are the project's: typed entity F1 ≥ 0.90, relation F1 ≥ 0.80,
 * every ticker right, no trap.
 */
class GoldStandardTest {

    static final List<String> ARTICLES = List.of("seed-pudong-data-port.txt", "sina-ai-basketball-referee.txt",
            "sina-beijing-agencies-penalised.txt", "sina-harbin-digital-economy.txt",
            "sina-property-investment-stats.txt", "sina-rare-earth-group-founded.txt",
            "sina-state-council-appointments.txt", "news-bocom-joint-labs.md", "news-fund-town-summit.md",
            "news-nifa-mobile-finance-committee.md", "news-psbc-ant-partnership.md");

    private static GoldScorer SCORE;

    @BeforeAll
    static void extractAndScoreEveryArticle() throws IOException, ParseException {
        SCORE = GoldScorer.scoreAll("/samples/", "/gold/", ARTICLES);
    }

    @Test
    void typedEntityF1ReachesTheTarget() {
        assertThat(SCORE.entities.f1()).as("%s%n%s", SCORE.entities, String.join("\n", SCORE.entities.misses))
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void relationF1ReachesTheTarget() {
        assertThat(SCORE.relations.f1()).as("%s%n%s", SCORE.relations, String.join("\n", SCORE.relations.misses))
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void everyTickerGoesToItsCompany() {
        assertThat(SCORE.wrongTickers).isEmpty();
    }

    @Test
    void noStockLinkFragmentBecomesAnEntity() {
        assertThat(SCORE.trapsHit).isEmpty();
    }
}
