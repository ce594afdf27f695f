package io.fintechkg.graphql;

import io.fintechkg.store.GraphReader;
import io.fintechkg.store.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the API: the graph reader it queries, its document cache and scalars, and which browser origins may call it.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** Takes the migrations so that it is made only once the schema (and the full-text index) is in place. */
    @Bean
    GraphReader graphReader(Driver driver, SchemaMigrations migrations, ApiProperties properties) {
        return new GraphReader(driver, properties.timeout(), GraphReader.ENTITY_NAMES_INDEX);
    }

    /** Most requests repeat a document a front-end or script has sent before: parse and validate each once. */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        var cache = new ParsedDocumentCache(1_000);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    @Bean
    RuntimeWiringConfigurer isoScalars() {
        return wiring -> wiring.scalar(IsoScalars.DATE).scalar(IsoScalars.DATE_TIME);
    }

    /** Without configured origins there is no CORS mapping at all, so browsers allow only same-origin calls. */
    @Bean
    WebMvcConfigurer graphQlCors(ApiProperties properties, @Value("${spring.graphql.http.path:/graphql}") String path) {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                if (!properties.corsOrigins().isEmpty()) {
                    registry.addMapping(path).allowedOrigins(properties.corsOrigins().toArray(String[]::new))
                            .allowedMethods("GET", "POST").allowedHeaders("Content-Type", "Authorization", "Accept")
                            .maxAge(3600);
                }
            }
        };
    }
}
