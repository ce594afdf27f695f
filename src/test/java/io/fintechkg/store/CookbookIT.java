package io.fintechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import io.fintechkg.ingest.DocumentSources;
import io.fintechkg.ingest.Input;
import io.fintechkg.pipeline.ArticleIngestion;
import io.fintechkg.pipeline.ArticleOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every query of the cookbook runs on the sample graph, with its declared defaults, and finds something. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CookbookIT extends GraphIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    CypherRunner runner;

    @BeforeAll
    void ingestTheSamples() {
        try (var inputs = new DocumentSources().open(List.of(Path.of("src/main/resources/samples").toString()))) {
            List<ArticleOutcome> outcomes = inputs.map((Input input) -> ingestion.ingest(input)).toList();
            assertThat(outcomes).hasSize(11).noneMatch(o -> o.status() == ArticleOutcome.Status.FAILED);
        }
    }

    static List<String> cookbook() {
        return CookbookQuery.bundledNames();
    }

    @ParameterizedTest
    @MethodSource("cookbook")
    void cookbookQueryFindsRowsInTheSampleGraph(String name) {
        CookbookQuery query = CookbookQuery.bundled(name).orElseThrow();

        QueryTable table = runner.run(query.cypher(), query.parameters(Map.of()));

        assertThat(table.rows()).as(name).isNotEmpty();
        assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.columns()));
    }

    @Test
    void cookbookHasAtLeastTenQueries() {
        assertThat(cookbook()).hasSizeGreaterThanOrEqualTo(10).contains("members-of-a-committee", "settled-in-a-place",
                "paths-between-two-entities", "most-connected-institutions", "events-on-a-timeline");
    }
}
