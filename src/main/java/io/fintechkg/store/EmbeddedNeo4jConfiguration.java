package io.fintechkg.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Starts the embedded database when no external one is configured, and tells Spring Boot's Neo4j
 * auto-configuration where it listens: the driver bean, Spring Data Neo4j and the health check are then Boot's
 * own, the same as against a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(KgProperties properties,
            @Value("${kg.pagecache-size:128MB}") DataSize pageCacheSize) {
        var home = properties.dataDir().resolve("neo4j");
        var neo4j = EmbeddedNeo4j.start(home, properties.bolt().port(), pageCacheSize.toBytes());
        log.info("Embedded Neo4j in {} listens on {} (no authentication; cypher-shell -a {})", home.toAbsolutePath(),
                neo4j.boltUri(), neo4j.boltUri());
        return neo4j;
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public java.net.URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
