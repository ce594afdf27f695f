package io.fintechkg.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses queries that are too deep or too costly before any of them runs, and stops those that run too long.
 * Spring Boot adds every {@link Instrumentation} bean to the GraphQL engine.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    Instrumentation maxDepth(ApiProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new AbortExecutionException("the query nests " + depth + " levels deep; at most " + maxDepth
                        + " are allowed (kg.api.max-depth)");
            }
        };
    }

    @Bean
    Instrumentation maxComplexity(ApiProperties properties) {
        int limit = properties.maxComplexity();
        return new MaxQueryComplexityInstrumentation(limit, new PageSizeComplexity(limit)) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                String cost = complexity > maxComplexity ? "more than " + maxComplexity : String.valueOf(complexity);
                return new AbortExecutionException("the query would cost " + cost + " (each field 1 plus its children,"
                        + " times its 'first'); at most " + maxComplexity + " is allowed (kg.api.max-complexity):"
                        + " ask for smaller pages or fewer levels");
            }
        };
    }

    @Bean
    Instrumentation executionDeadline(ApiProperties properties) {
        return new ExecutionDeadline(properties.timeout());
    }
}
