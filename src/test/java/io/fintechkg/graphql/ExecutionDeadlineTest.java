package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionDeadlineTest {

    private final AtomicInteger fetched = new AtomicInteger();

    private GraphQL engine(Duration timeout) {
        var types = new SchemaParser().parse("""
                type Query { slow: String fast: String loaded: Loaded }
                type Loaded { name: String }
                type Mutation { write: String }""");
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("slow", env -> {
                    fetched.incrementAndGet();
                    Thread.sleep(50);
                    return "slow";
                }).dataFetcher("fast", env -> {
                    fetched.incrementAndGet();
                    return "fast";
                }).dataFetcher("loaded", env -> {
                    Thread.sleep(50);
                    return Map.of("name", "已载入");
                }))
                .type("Mutation", t -> t.dataFetcher("write", env -> {
                    Thread.sleep(50);
                    return "written";
                })).build();
        var schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new ExecutionDeadline(timeout)).build();
    }

    @Test
    void fieldsFetchedAfterTheDeadlineFailWithTheLimitNamed() {
        ExecutionResult result = engine(Duration.ZERO).execute("{ slow fast }");
        assertThat(fetched).hasValue(0);
        assertThat(result.getErrors()).hasSize(2).allSatisfy(error ->
                assertThat(error.getMessage()).contains("kg.api.timeout", "0 ms"));
        assertThat(result.getErrors()).extracting(error -> error.getPath().getFirst()).containsExactly("slow", "fast");
    }

    @Test
    void queriesWithinTheDeadlineAreUntouched() {
        ExecutionResult result = engine(Duration.ofSeconds(5)).execute("{ slow fast }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).hasValue(2);
    }

    @Test
    void propertiesOfAnObjectFetchedInTimeAreNotCutShort() {
        ExecutionResult result = engine(Duration.ofMillis(20)).execute("{ loaded { name } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(
                Map.of("loaded", Map.of("name", "已载入")));
    }

    @Test
    void mutationsAreNotCutShort() {
        ExecutionResult result = engine(Duration.ZERO).execute("mutation { write }");
        assertThat(result.getErrors()).isEmpty();
    }
}
