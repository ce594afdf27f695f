package io.fintechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaMigrationsIT extends GraphIntegrationTest {

    @Autowired
    Driver driver;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void appliesConstraintsAndIndexesAtStartUp() {
        try (var session = driver.session()) {
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single().get("names").asList(org.neo4j.driver.Value::asString);
            var indexes = session.run("SHOW INDEXES YIELD name, type RETURN collect(name) AS names")
                    .single().get("names").asList(org.neo4j.driver.Value::asString);
            assertThat(constraints).contains("entity_id", "article_id", "alias_key", "evidence_id");
            assertThat(indexes).contains("entity_names", "entity_name", "evidence_fact_id", "fact_id_member_of");
        }
        assertThat(migrations.version()).isEqualTo("0002");
    }

    @Test
    void fullTextIndexUsesTheCjkAnalyzer() {
        try (var session = driver.session()) {
            var analyzer = session.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' "
                    + "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer").single().get("analyzer").asString();
            assertThat(analyzer).isEqualTo("cjk");
        }
    }
}
