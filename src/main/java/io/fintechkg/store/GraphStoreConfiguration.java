package io.fintechkg.store;

import io.fintechkg.resolve.EntityResolver;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The writing side of the store; the driver comes from Boot, whether it talks to the embedded or an external Neo4j. */
@Configuration(proxyBeanMethods = false)
class GraphStoreConfiguration {

    @Bean
    EntityResolver entityResolver() {
        return new EntityResolver();
    }

    @Bean
    GraphWriter graphWriter(Driver driver, EntityResolver resolver, SchemaMigrations migrations) {
        return new GraphWriter(driver, resolver, migrations);
    }

    /** Takes the migrations only to run after them: cookbook queries read the full-text index they create. */
    @Bean
    CypherRunner cypherRunner(Driver driver, SchemaMigrations migrations) {
        return new CypherRunner(driver);
    }
}
