package io.fintechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import io.fintechkg.extract.Evidence;
import io.fintechkg.extract.ExtractedEntity;
import io.fintechkg.extract.ExtractedRelation;
import io.fintechkg.extract.Extraction;
import io.fintechkg.extract.Mention;
import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.parse.ParsedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Articles written at the same time, as {@code ingest} does with several writers, must leave the graph that
 * writing them one after the other leaves. The hard case is two articles meeting a thing new to the graph under
 * two names that only an alias key ties together: each alone would create its own node.
 */
class ConcurrentWritesIT extends GraphIntegrationTest {

    private static final int ARTICLES = 24;
    private static final String FULL = "北辰数字金融研究院";
    private static final String SHORT = "北辰数金院";
    private static final String COMMITTEE = "北辰金融科技联盟";

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @Test
    void articlesNamingTheSameNewEntitiesAtOnceReachOneNodeEach() throws Exception {
        var extractions = new ArrayList<Extraction>();
        for (int i = 0; i < ARTICLES; i++) {
            // half say the full name (with its short form as alias), half only the short form
            extractions.add(i % 2 == 0 ? article(i, new ExtractedEntity(FULL, EntityType.INSTITUTION, List.of(SHORT),
                    null, List.of(new Mention(0, FULL.length(), FULL))))
                    : article(i, entity(SHORT, EntityType.INSTITUTION)));
        }
        var start = new CountDownLatch(1);
        var writes = new ArrayList<CompletableFuture<ArticleWrite>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Extraction extraction : extractions) {
                writes.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return writer.write(extraction);
                }, pool));
            }
            start.countDown();
            for (var write : writes) {
                assertThat(write.get().status()).isEqualTo(ArticleWrite.Status.NEW);
            }
        }

        assertThat(query("""
                MATCH (e:Institution) WHERE e.name IN [$full, $short] OR $short IN e.aliases
                RETURN count(e) AS nodes, collect(e.name)[0] AS name
                """, Map.of("full", FULL, "short", SHORT))).containsEntry("nodes", 1L).containsEntry("name", FULL);
        assertThat(query("MATCH (c:Committee {name: $name}) RETURN count(c) AS nodes", Map.of("name", COMMITTEE)))
                .containsEntry("nodes", 1L);
        assertThat(query("""
                MATCH (:Institution)-[r:MEMBER_OF]->(:Committee {name: $name})
                RETURN count(r) AS facts, sum(r.articleCount) AS articles
                """, Map.of("name", COMMITTEE))).containsEntry("facts", 1L).containsEntry("articles", (long) ARTICLES);
        assertThat(query("""
                MATCH (alias:Alias) WHERE alias.key CONTAINS '北辰'
                OPTIONAL MATCH (alias)-[l:ALIAS_OF]->()
                WITH alias, count(l) AS links
                RETURN count(alias) AS keys, min(links) AS fewest, max(links) AS most
                """, Map.of())).containsEntry("fewest", 1L).containsEntry("most", 1L);
    }

    private Extraction article(int n, ExtractedEntity institution) {
        String sentence = institution.name() + "加入" + COMMITTEE + "。";
        var relation = new ExtractedRelation(institution.name(), RelationType.MEMBER_OF, COMMITTEE, 0.9,
                List.of(new Evidence(sentence, 0, sentence.length(), 0.9, "trigger:加入")));
        var parsed = new ParsedArticle("concurrent-" + n + ".txt", "/tmp/concurrent-" + n + ".txt", "测试",
                Instant.parse("2021-07-27T10:58:44Z"), null, "测试", List.of(), sentence, List.of(), List.of(),
                List.of(), "hash-" + n);
        return new Extraction(parsed, List.of(institution, entity(COMMITTEE, EntityType.COMMITTEE)),
                List.of(relation), "test-1");
    }

    private static ExtractedEntity entity(String name, EntityType type) {
        return new ExtractedEntity(name, type, List.of(), null, List.of(new Mention(0, name.length(), name)));
    }

    private Map<String, Object> query(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().asMap();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
