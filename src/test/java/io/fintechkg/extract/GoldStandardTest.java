package io.fintechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ingest.Document;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.parse.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final GoldScorer SCORE = new GoldScorer();

    @BeforeAll
    static void extractAndScoreEveryArticle() throws IOException, ParseException {
        JsonMapper json = JsonMapper.builder().build();
        Extractor extractor = new RuleBasedExtractor();
        NewsArticleParser parser = new NewsArticleParser();
        for (String name : ARTICLES) {
            Extraction extraction = extractor.extract(parser.parse(new Document(name, name, bytes("/samples/" + name))));
            String goldName = "/gold/" + name.substring(0, name.lastIndexOf('.')) + ".json";
            JsonNode gold = json.readTree(new String(bytes(goldName), StandardCharsets.UTF_8));
            SCORE.score(gold, extraction);
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = GoldStandardTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return in.readAllBytes();
        }
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
