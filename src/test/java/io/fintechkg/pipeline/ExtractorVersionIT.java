package io.fintechkg.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import io.fintechkg.extract.ExtractionTables;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.ingest.Document;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.store.GraphWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unchanged article read by the same extractor is left alone; read by an extractor with other tables it is read
 * again, so that a lexicon upgrade reaches the articles already in the graph.
 */
class ExtractorVersionIT extends GraphIntegrationTest {

    private static final String ARTICLE = """
            ---
            title: '鸿鹄数科入驻金融数据港'
            url: 'https://example.com/version-it'
            date: '2026-11-30'
            ---

            鸿鹄数科近日宣布入驻金融数据港，将在数据要素领域开展业务。
            """;

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @TempDir
    Path tables;

    @Test
    void aChangedTableMakesAnUnchangedArticleUpdated() throws IOException {
        Document document = new Document("version-it.md", "/in/version-it.md", ARTICLE.getBytes(UTF_8));
        var bundled = new ArticleIngestion(new NewsArticleParser(), new RuleBasedExtractor(), writer);
        assertThat(bundled.ingest(document).status()).isEqualTo(ArticleOutcome.Status.NEW);
        assertThat(bundled.ingest(document).status()).isEqualTo(ArticleOutcome.Status.UNCHANGED);
        assertThat(institutionsNamed("鸿鹄数科")).isZero();

        try (InputStream in = getClass().getClassLoader().getResourceAsStream("extract/institutions.tsv")) {
            Files.writeString(tables.resolve("institutions.tsv"), new String(in.readAllBytes(), UTF_8)
                    + "鸿鹄数字科技有限公司\tInstitution\ttechnology\t鸿鹄数科\t\ttest\n");
        }
        var extended = new ArticleIngestion(new NewsArticleParser(),
                new RuleBasedExtractor(ExtractionTables.withReplacements(tables)), writer);
        assertThat(extended.ingest(document).status()).isEqualTo(ArticleOutcome.Status.UPDATED);
        assertThat(institutionsNamed("鸿鹄数科")).isOne();
        assertThat(extended.ingest(document).status()).isEqualTo(ArticleOutcome.Status.UNCHANGED);
    }

    private long institutionsNamed(String name) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Article {fileName: 'version-it.md'})-[:MENTIONS]->(e:Institution {name: $name}) "
                    + "RETURN count(e) AS n", Map.of("name", name)).single().get("n").asLong();
        }
    }
}
