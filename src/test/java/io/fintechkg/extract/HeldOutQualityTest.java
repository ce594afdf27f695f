package io.fintechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.parse.ParseException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on articles written apart from the rules (src/test/resources/holdout), scored like the development
 * set. The rules were never tuned on these sentences, so this is the figure that says how they generalise; the floors
 * sit just under what the rules reach, so that a change that loses ground here fails.
 */
class HeldOutQualityTest {

    static final List<String> ARTICLES = List.of("a-shenzhen.txt", "b-weather.txt", "c-bank.md", "d-suzhou-park.txt",
            "e-qingdao-alliance.txt", "f-ningbo-bank-tech.txt", "g-guangzhou-policy.md", "h-shenzhen-funding.txt",
            "i-telecom-personnel.txt", "j-jd-rename.md", "k-table-tennis.txt", "l-beijing-forum.txt", "m-gfex-founded.md");

    private static GoldScorer SCORE;

    @BeforeAll
    static void extractAndScoreEveryArticle() throws IOException, ParseException {
        SCORE = GoldScorer.scoreAll("/holdout/articles/", "/holdout/gold/", ARTICLES);
        System.out.printf("held-out: entity F1 %.3f  relation F1 %.3f%n", SCORE.entities.f1(), SCORE.relations.f1());
    }

    @Test
    void typedEntityF1HoldsOnUnseenArticles() {
        assertThat(SCORE.entities.f1()).as("%s%n%s", SCORE.entities, String.join("\n", SCORE.entities.misses))
                .isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void relationF1HoldsOnUnseenArticles() {
        assertThat(SCORE.relations.f1()).as("%s%n%s", SCORE.relations, String.join("\n", SCORE.relations.misses))
                .isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void noStockLinkFragmentBecomesAnEntityOnUnseenArticles() {
        assertThat(SCORE.trapsHit).isEmpty();
    }
}
