package io.fintechkg.graphql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the bundled GraphiQL page at {@code /graphiql}. Spring's own GraphiQL
 * ({@code spring.graphql.graphiql.enabled}) stays off because its page loads scripts from a CDN;
 * ours is built from npm into {@code static/graphiql/} with the jar. The explorer is the static
 * {@code index.html}, which Spring Boot already serves at {@code /}.
 */
@Configuration(proxyBeanMethods = false)
class WebPagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
        registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
    }
}
