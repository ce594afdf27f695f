package io.fintechkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on an embedded Neo4j in a fresh temporary folder, Bolt and HTTP on free ports.
 * Every integration test extends this class so that they share one Spring context (startup takes seconds);
 * tests therefore use their own article names and never assume an empty graph.
 */
// Every integration test gets the HTTP GraphQL tester, so that all of them share this one context: a second
// context would start a second embedded database on the same, locked, data directory.
@AutoConfigureHttpGraphQlTester
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphIntegrationTest {

    /** The data directory of the shared application, whose store that application holds locked. */
    protected static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void embeddedGraph(DynamicPropertyRegistry registry) {
        registry.add("kg.data-dir", DATA_DIR::toString);
        registry.add("kg.bolt.port", () -> "0");
        registry.add("kg.samples.load-on-empty", () -> "false");
        registry.add("kg.pagecache-size", () -> "64MB");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("fintech-kg-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
