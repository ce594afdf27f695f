package io.fintechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.TestArticles;
import io.fintechkg.pipeline.ArticleIngestion;
import io.fintechkg.pipeline.ArticleOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.neo4j.uri} the application uses that server through the same driver, migrations and writer,
 * and starts no embedded database. The "server" here is a second Neo4j, started by the test on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExternalNeo4jIT {

    private static final Path SERVER_HOME = temporaryFolder("fintech-kg-server");
    private static final Path APP_DATA_DIR = temporaryFolder("fintech-kg-app");
    private static final DatabaseManagementService SERVER = new DatabaseManagementServiceBuilder(SERVER_HOME)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
            .build();
    private static final GraphDatabaseService DATABASE = SERVER.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        int port = ((GraphDatabaseAPI) DATABASE).getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + port);
        registry.add("kg.data-dir", APP_DATA_DIR::toString);
        registry.add("kg.samples.load-on-empty", () -> "false");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleIngestion ingestion;

    @AfterAll
    static void stopServer() {
        SERVER.shutdown();
    }

    @Test
    void startsNoEmbeddedDatabase() throws IOException {
        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
        try (var files = Files.list(APP_DATA_DIR)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void migratesAndWritesIntoTheConfiguredServer() {
        var article = TestArticles.partnership("external.md");

        var outcome = ingestion.ingest(article);

        assertThat(outcome.status()).isEqualTo(ArticleOutcome.Status.NEW);
        assertThat(single("MATCH (a:Article {fileName: 'external.md'})-[:MENTIONS]->() RETURN count(a) > 0 AS found"))
                .isEqualTo(true);
        assertThat(single("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*) = 1 AS found"))
                .isEqualTo(true);
    }

    private static Object single(String cypher) {
        return DATABASE.executeTransactionally(cypher, Map.of(), result -> result.next().get("found"));
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
