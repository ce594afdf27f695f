package io.fintechkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import io.fintechkg.extract.Extractor;
import io.fintechkg.TestArticles;
import io.fintechkg.ingest.Document;
import io.fintechkg.parse.ArticleParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The real pipeline (parser, rule-based extractor, resolver, writer) over the bundled sample articles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleIngestionIT extends GraphIntegrationTest {

    private static final String SEED = "seed-pudong-data-port.txt";

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    Driver driver;

    @Autowired
    ArticleParser parser;

    @Autowired
    Extractor extractor;

    private List<ArticleOutcome> firstIngest;

    @BeforeAll
    void ingestTheSamples() {
        firstIngest = SampleArticles.bundled().stream().map(ingestion::ingest).toList();
    }

    @Test
    void storesEveryBundledSample() {
        // NEW, or UNCHANGED where another integration test sharing this graph ingested the samples first
        assertThat(firstIngest).hasSize(11).allSatisfy(outcome -> assertThat(outcome.status())
                .as(outcome.toString()).isIn(ArticleOutcome.Status.NEW, ArticleOutcome.Status.UNCHANGED));
        assertThat(count("MATCH (a:Article) WHERE a.fileName IN $names RETURN count(a)",
                Map.of("names", firstIngest.stream().map(ArticleOutcome::document).toList()))).isEqualTo(11);
    }

    @Test
    void keepsOneNodeForHuaweiUnderItsFullAndShortName() {
        var huawei = row("""
                MATCH (e:Institution) WHERE e.name IN ['华为技术有限公司', '华为技术'] OR '华为技术' IN e.aliases
                RETURN count(e) AS nodes, collect(e.name) AS names, collect(e.aliases) AS aliases
                """);
        assertThat(huawei.get("nodes")).isEqualTo(1L);
        assertThat(huawei.get("names")).isEqualTo(List.of("华为技术有限公司"));
        assertThat(count("""
                MATCH (:Alias {key: 'Institution:华为技术'})-[:ALIAS_OF]->(e:Entity {name: '华为技术有限公司'})
                RETURN count(e)""", Map.of())).isEqualTo(1);
    }

    @Test
    void storesEveryFactTheExtractorReadsWithItsEvidence() throws Exception {
        for (Document sample : SampleArticles.bundled()) {
            var extraction = extractor.extract(parser.parse(sample));
            for (var relation : extraction.relations()) {
                long edges = count("""
                        MATCH (a:Article {fileName: $file})
                        MATCH (s:Entity)-[r]-(t:Entity)
                        WHERE type(r) = $type AND ($source = s.name OR $source IN s.aliases)
                          AND ($target = t.name OR $target IN t.aliases)
                          AND EXISTS { MATCH (:Evidence {factId: r.id})-[:FROM]->(a) }
                        RETURN count(DISTINCT r)""", Map.of("file", sample.name(), "type", relation.type().name(),
                        "source", relation.source(), "target", relation.target()));
                assertThat(edges).as("%s: %s", sample.name(), relation).isEqualTo(1);
            }
        }
    }

    @Test
    void linksTheCommitteeToAMemberNamedByItsShortForm() {
        // the membership list says 华为技术; the fact lands on the one node named 华为技术有限公司
        assertThat(count("""
                MATCH (:Entity {name: '华为技术有限公司'})-[r:MEMBER_OF]->(c:Committee)
                MATCH (v:Evidence {factId: r.id})-[:FROM]->(:Article {fileName: $seed})
                WHERE c.name CONTAINS '金融科技专委会' AND v.sentence CONTAINS '华为技术、'
                RETURN count(v)""", Map.of("seed", SEED))).isEqualTo(1);
        assertThat(count("""
                MATCH (m:Entity)-[:MEMBER_OF]->(c:Committee) WHERE c.name CONTAINS '金融科技专委会'
                RETURN count(DISTINCT m)""", Map.of())).isGreaterThan(1);
    }

    @Test
    void linksTheCompaniesThatSettledInTheDataPort() {
        assertThat(count("""
                MATCH (:Entity {name: '华为技术有限公司'})-[r:SETTLED_IN]->(p:Place)
                MATCH (v:Evidence {factId: r.id})-[:FROM]->(:Article {fileName: $seed})
                WHERE p.name CONTAINS '金融数据港' AND v.sentence CONTAINS '华为技术' AND r.articleCount = 1
                RETURN count(v)""", Map.of("seed", SEED))).isEqualTo(1);
        assertThat(count("""
                MATCH (e:Institution)-[:SETTLED_IN]->(p:Place) WHERE p.name CONTAINS '金融数据港'
                RETURN count(DISTINCT e)""", Map.of())).isGreaterThan(1);
    }

    @Test
    void reingestingTheSamplesChangesNothing() {
        long before = graphSize();

        var again = SampleArticles.bundled().stream().map(ingestion::ingest).toList();

        assertThat(again).allSatisfy(o -> assertThat(o.status()).isEqualTo(ArticleOutcome.Status.UNCHANGED));
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aChangedArticleReplacesItsContributionAndChangingBackRestoresIt() {
        Document original = SampleArticles.bundled().stream().filter(d -> d.name().equals(SEED)).findFirst()
                .orElseThrow();
        String text = new String(original.content(), StandardCharsets.UTF_8);
        // drop the sentences that name the companies settling in the data port
        String changed = Pattern.compile("[^。>]*入驻[^。]*。").matcher(text).replaceAll("");
        assertThat(changed).isNotEqualTo(text);
        long factsBefore = factsOf(SEED);
        long sizeBefore = graphSize();

        var update = ingestion.ingest(new Document(SEED, original.origin(), changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(update.status()).isEqualTo(ArticleOutcome.Status.UPDATED);
        assertThat(factsOf(SEED)).isLessThan(factsBefore);
        assertThat(count("""
                MATCH (:Entity {name: '华为技术有限公司'})-[r:SETTLED_IN]->() RETURN count(r)""", Map.of())).isZero();
        assertThat(count("""
                MATCH ()-[r]->() WHERE r.articleCount IS NOT NULL
                  AND NOT EXISTS { MATCH (v:Evidence {factId: r.id}) }
                RETURN count(r)""", Map.of())).as("facts without evidence").isZero();

        var restore = ingestion.ingest(original);

        assertThat(restore.status()).isEqualTo(ArticleOutcome.Status.UPDATED);
        assertThat(factsOf(SEED)).isEqualTo(factsBefore);
        assertThat(graphSize()).isEqualTo(sizeBefore);
    }

    @Test
    void reportsABrokenDocumentAndStoresTheGoodOnesAroundIt() {
        var good = TestArticles.partnership("batch-good.md");
        var broken = new Document("batch-broken.txt", "/tmp/batch-broken.txt", new byte[] {0, 1, 2, (byte) 0xff, 0});

        var outcomes = List.of(ingestion.ingest(broken), ingestion.ingest(good));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(ArticleOutcome.Failed.class,
                failed -> assertThat(failed.message()).startsWith("/tmp/batch-broken.txt: ").hasSizeGreaterThan(25));
        assertThat(outcomes.get(1).status()).isEqualTo(ArticleOutcome.Status.NEW);
        assertThat(count("MATCH (a:Article {fileName: 'batch-broken.txt'}) RETURN count(a)", Map.of())).isZero();
        assertThat(count("MATCH (a:Article {fileName: 'batch-good.md'})-[:MENTIONS]->() RETURN count(a)", Map.of()))
                .isPositive();
    }

    @Test
    void parallelIngestionReportsInInputOrderSkipsTheBrokenOneAndRepeatsAsNoOp() {
        var documents = new java.util.ArrayList<Document>();
        for (int i = 0; i < 12; i++) {
            documents.add(i == 5
                    ? new Document("parallel-broken.txt", "/tmp/parallel-broken.txt", new byte[] {0, 1, (byte) 0xff})
                    : TestArticles.partnership("parallel-" + i + ".md"));
        }
        var parallel = new ParallelIngestion(ingestion, 2, 4);

        var first = new java.util.ArrayList<ArticleOutcome>();
        parallel.ingest(documents.stream(), first::add);
        var again = new java.util.ArrayList<ArticleOutcome>();
        parallel.ingest(documents.stream(), again::add);

        assertThat(first).extracting(ArticleOutcome::document).containsExactlyElementsOf(
                documents.stream().map(Document::name).toList());
        assertThat(first).extracting(ArticleOutcome::status).containsOnly(ArticleOutcome.Status.NEW,
                ArticleOutcome.Status.FAILED).filteredOn(s -> s == ArticleOutcome.Status.FAILED).hasSize(1);
        assertThat(first.get(5).status()).isEqualTo(ArticleOutcome.Status.FAILED);
        assertThat(again).extracting(ArticleOutcome::status).filteredOn(s -> s != ArticleOutcome.Status.FAILED)
                .hasSize(11).containsOnly(ArticleOutcome.Status.UNCHANGED);
        assertThat(count("""
                MATCH (a:Article) WHERE a.fileName STARTS WITH 'parallel-' RETURN count(a)""", Map.of()))
                .isEqualTo(11);
    }

    private long factsOf(String fileName) {
        return count("""
                MATCH (v:Evidence)-[:FROM]->(:Article {fileName: $name}) RETURN count(DISTINCT v.factId)""",
                Map.of("name", fileName));
    }

    private long graphSize() {
        return count("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r)", Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    private Map<String, Object> row(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().asMap();
        }
    }
}
