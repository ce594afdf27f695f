package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    private final GraphQL engine = engine();

    private GraphQL engine() {
        var types = new SchemaParser().parse("type Query { node(name: String): Node } type Node { name: String next: Node }");
        var wiring = RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("node",
                env -> Map.of("name", String.valueOf(env.<String>getArgument("name"))))).build();
        var countParses = new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                    InstrumentationState state) {
                parses.incrementAndGet();
                return null;
            }
        };
        var limits = new QueryLimits().maxDepth(new ApiProperties(3, 1_000, 100, null, null, List.of()));
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                .instrumentation(new ChainedInstrumentation(countParses, limits))
                .preparsedDocumentProvider(new ParsedDocumentCache(10)).build();
    }

    private ExecutionResult run(String query, Map<String, Object> variables) {
        return engine.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    @Test
    void parsesADocumentOnceWhateverItsVariables() {
        String query = "query($name: String) { node(name: $name) { name } }";
        assertThat(run(query, Map.of("name", "交通银行")).<Map<String, Object>>getData())
                .isEqualTo(Map.of("node", Map.of("name", "交通银行")));
        assertThat(run(query, Map.of("name", "金融数据港")).<Map<String, Object>>getData())
                .isEqualTo(Map.of("node", Map.of("name", "金融数据港")));
        assertThat(parses).hasValue(1);
        run("{ node(name: \"浦东\") { name } }", Map.of());
        assertThat(parses).hasValue(2);
    }

    @Test
    void aCachedDocumentIsStillHeldToTheLimitsAndItsErrors() {
        String tooDeep = "{ node { next { next { next { name } } } } }";
        for (int i = 0; i < 2; i++) {
            assertThat(run(tooDeep, Map.of()).getErrors()).singleElement().extracting(e -> e.getMessage())
                    .asString().contains("levels deep");
        }
        String invalid = "{ node { unknown } }";
        for (int i = 0; i < 2; i++) {
            assertThat(run(invalid, Map.of()).getErrors()).singleElement().extracting(e -> e.getMessage())
                    .asString().contains("unknown");
        }
        assertThat(parses).hasValue(2);
    }
}
