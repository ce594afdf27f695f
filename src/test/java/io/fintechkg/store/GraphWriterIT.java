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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The writer's contract on small extractions built here; {@code SampleIngestionIT} runs the real pipeline.
 * Names are made up per test so that tests sharing the graph do not meet.
 */
class GraphWriterIT extends GraphIntegrationTest {

    private static final String SENTENCE = "华为技术有限公司、甲乙银行成为测试专委会首批成员单位。";

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @Test
    void writesEntitiesFactsAndEvidenceOfANewArticle() {
        var write = writer.write(membership("writer-new.txt", "hash-1", "甲乙科技有限公司", "甲乙银行", "新建专委会"));

        assertThat(write.status()).isEqualTo(ArticleWrite.Status.NEW);
        assertThat(write.entitiesCreated()).isEqualTo(3);
        assertThat(write.factsCreated()).isEqualTo(2);
        var fact = query("""
                MATCH (:Institution {name: '甲乙银行'})-[r:MEMBER_OF]->(c:Committee {name: '新建专委会'})
                MATCH (v:Evidence {factId: r.id})-[:FROM]->(a:Article {fileName: 'writer-new.txt'})
                RETURN r.articleCount AS count, r.confidence AS confidence, toString(r.firstSeen) AS first,
                       v.sentence AS sentence, v.rule AS rule
                """);
        assertThat(fact).containsEntry("count", 1L).containsEntry("confidence", 0.9)
                .containsEntry("first", "2021-07-27").containsEntry("sentence", SENTENCE)
                .containsEntry("rule", "trigger:成员单位");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reachesTheSameEntityByNameWithoutCompanyForm() {
        writer.write(membership("writer-alias-1.txt", "h", "丙丁科技有限公司", "戊己银行"));
        var second = writer.write(membership("writer-alias-2.txt", "h", "丙丁科技", "戊己银行"));

        assertThat(second.entitiesCreated()).isZero();
        var entity = query("""
                MATCH (e:Institution) WHERE e.name STARTS WITH '丙丁科技'
                MATCH (a:Article)-[m:MENTIONS]->(e)
                RETURN count(DISTINCT e) AS entities, e.name AS name, e.aliases AS aliases,
                       collect(m.resolvedBy) AS rules
                """);
        assertThat(entity).containsEntry("entities", 1L).containsEntry("name", "丙丁科技有限公司")
                .containsEntry("aliases", List.of("丙丁科技"));
        assertThat((List<Object>) entity.get("rules")).contains("new", "name:Institution:丙丁科技");
        assertThat(query("""
                MATCH (:Institution {name: '戊己银行'})-[r:MEMBER_OF]->(:Committee {name: '测试专委会'})
                RETURN r.articleCount AS count
                """)).containsEntry("count", 2L);
    }

    @Test
    void aShortFormALaterArticleAddsLeadsToTheEntityFromThenOn() {
        writer.write(membership("writer-short-1.txt", "h", "庚辛数据科技有限公司", "壬癸银行"));
        var known = new ExtractedEntity("庚辛数据科技有限公司", EntityType.INSTITUTION, List.of("庚辛数科"), null,
                List.of(new Mention(0, 10, "庚辛数据科技有限公司")));
        writer.write(new Extraction(article("writer-short-2.txt", "h"), List.of(known), List.of(), "test-1"));
        var third = writer.write(membership("writer-short-3.txt", "h", "庚辛数科", "壬癸银行"));

        assertThat(third.entitiesCreated()).isZero();
        assertThat(query("""
                MATCH (a:Article)-[m:MENTIONS]->(e:Institution {name: '庚辛数据科技有限公司'})
                RETURN count(a) AS articles, collect(m.resolvedBy) AS rules
                """)).containsEntry("articles", 3L)
                .extractingByKey("rules").asList().contains("name:Institution:庚辛数科");
    }

    @Test
    void reingestingAnUnchangedArticleChangesNothing() {
        var extraction = membership("writer-same.txt", "same-hash", "庚辛证券", "壬癸银行");
        writer.write(extraction);
        long before = graphSize();

        var again = writer.write(extraction);

        assertThat(again.status()).isEqualTo(ArticleWrite.Status.UNCHANGED);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnContribution() {
        writer.write(membership("writer-other.txt", "o", "子丑科技", "寅卯银行"));
        writer.write(membership("writer-changed.txt", "v1", "子丑科技", "辰巳保险"));

        var update = writer.write(membership("writer-changed.txt", "v2", "子丑科技", "午未信托"));

        assertThat(update.status()).isEqualTo(ArticleWrite.Status.UPDATED);
        assertThat(update.factsRemoved()).isEqualTo(1);
        assertThat(query("MATCH (e:Entity {name: '辰巳保险'}) RETURN count(e) AS n")).containsEntry("n", 0L);
        assertThat(query("""
                MATCH (:Entity {name: '子丑科技'})-[r:MEMBER_OF]->(:Committee {name: '测试专委会'})
                RETURN r.articleCount AS count
                """)).containsEntry("count", 2L);
        assertThat(query("""
                MATCH (:Entity {name: '午未信托'})-[r:MEMBER_OF]->(:Committee {name: '测试专委会'})
                MATCH (v:Evidence {factId: r.id})
                RETURN r.articleCount AS count, count(v) AS evidence
                """)).containsEntry("count", 1L).containsEntry("evidence", 1L);
    }

    @Test
    void storesASymmetricFactOnceWhicheverWayItIsWritten() {
        writer.write(partnership("writer-partners-1.txt", "申酉银行", "戌亥支付"));
        writer.write(partnership("writer-partners-2.txt", "戌亥支付", "申酉银行"));

        assertThat(query("""
                MATCH (:Entity {name: '申酉银行'})-[r:PARTNERS_WITH]-(:Entity {name: '戌亥支付'})
                RETURN count(r) AS facts, sum(r.articleCount) AS articles
                """)).containsEntry("facts", 1L).containsEntry("articles", 2L);
    }

    private Map<String, Object> query(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().asMap();
        }
    }

    private long graphSize() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r) AS size")
                    .single().get("size").asLong();
        }
    }

    private static Extraction membership(String file, String hash, String first, String second) {
        return membership(file, hash, first, second, "测试专委会");
    }

    private static Extraction membership(String file, String hash, String first, String second, String committeeName) {
        var committee = entity(committeeName, EntityType.COMMITTEE);
        var relations = List.of(member(first, committeeName), member(second, committeeName));
        return new Extraction(article(file, hash), List.of(entity(first, EntityType.INSTITUTION),
                entity(second, EntityType.INSTITUTION), committee), relations, "test-1");
    }

    private static ExtractedRelation member(String name, String committee) {
        return new ExtractedRelation(name, RelationType.MEMBER_OF, committee, 0.9,
                List.of(new Evidence(SENTENCE, 0, SENTENCE.length(), 0.9, "trigger:成员单位")));
    }

    private static Extraction partnership(String file, String source, String target) {
        String sentence = source + "与" + target + "签署战略合作协议。";
        var relation = new ExtractedRelation(source, RelationType.PARTNERS_WITH, target, 0.8,
                List.of(new Evidence(sentence, 0, sentence.length(), 0.8, "trigger:战略合作")));
        return new Extraction(article(file, "p"), List.of(entity(source, EntityType.INSTITUTION),
                entity(target, EntityType.INSTITUTION)), List.of(relation), "test-1");
    }

    private static ExtractedEntity entity(String name, EntityType type) {
        return new ExtractedEntity(name, type, List.of(), null, List.of(new Mention(0, name.length(), name)));
    }

    private static ParsedArticle article(String file, String hash) {
        return new ParsedArticle(file, "/tmp/" + file, "测试", Instant.parse("2021-07-27T10:58:44Z"), null, "测试",
                List.of(), SENTENCE, List.of(), List.of(), List.of(), hash);
    }
}
