package io.fintechkg.graphql;

import io.fintechkg.GraphIntegrationTest;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.ingest.Document;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.store.GraphWriter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ScratchIT extends GraphIntegrationTest {
    @Autowired Driver driver;
    @Autowired GraphWriter writer;

    @Test
    void scratch() throws Exception {
        var parser = new NewsArticleParser();
        var extractor = new RuleBasedExtractor();
        for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath:samples/*")) {
            writer.write(extractor.extract(parser.parse(new Document(sample.getFilename(), sample.getURI().toString(), sample.getContentAsByteArray()))));
        }
        try (var s = driver.session()) {
            s.run("MATCH (a:Article {fileName: 'seed-pudong-data-port.txt'})-[:MENTIONS]->(e) RETURN e.name AS n, e.type AS t, e.aliases AS al").list()
                .forEach(r -> System.out.println("ENT " + r.get("t").asString() + " " + r.get("n").asString() + " " + r.get("al")));
            s.run("MATCH (a:Article {fileName: 'seed-pudong-data-port.txt'})<-[:FROM]-(ev:Evidence) MATCH (x:Entity {id: ev.sourceId})-[r]->(y:Entity {id: ev.targetId}) WHERE r.id = ev.factId RETURN x.name AS x, type(r) AS t, y.name AS y").list()
                .forEach(r -> System.out.println("REL " + r.get("x").asString() + " " + r.get("t").asString() + " " + r.get("y").asString()));
            s.run("MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity) WHERE e.name CONTAINS '专委会' OR e.name CONTAINS '华为' RETURN a.key AS k, e.name AS n").list()
                .forEach(r -> System.out.println("KEY " + r.get("k").asString() + " -> " + r.get("n").asString()));
            s.run("MATCH (a:Article) RETURN a.fileName AS f, a.publishedAt AS p").list().forEach(r -> System.out.println("ART " + r));
        }
    }
}
