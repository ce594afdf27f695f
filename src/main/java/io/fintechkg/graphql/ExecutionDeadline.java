package io.fintechkg.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Fails every field of a query fetched after its time is up, so that a slow query ends with errors instead of
 * holding the server. Each single database query has the same timeout on its transaction.
 *
 * <p>Only fields with a fetcher of their own are checked: reading a property of an object already loaded cannot
 * hold the server, and wrapping those fetchers made every one of them look non-trivial to the rest of the chain,
 * so that Spring's observation instrumentation timed each of the ~500 property reads of a 50-relation answer.
 */
final class ExecutionDeadline extends SimplePerformantInstrumentation {

    private final Duration timeout;

    ExecutionDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + timeout.toNanos()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // a mutation runs the pipeline, whose work is committed per article: failing its result would only hide it
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()
                || parameters.getEnvironment().getOperationDefinition().getOperation()
                        == OperationDefinition.Operation.MUTATION) {
            return fetcher;
        }
        return environment -> {
            if (System.nanoTime() - deadline.nanos() > 0) {
                throw new QueryTimeoutException(timeout);
            }
            return fetcher.get(environment);
        };
    }

    private record Deadline(long nanos) implements InstrumentationState {
    }

    /** The query as a whole ran out of time. */
    static final class QueryTimeoutException extends RuntimeException {

        QueryTimeoutException(Duration timeout) {
            super("the query ran longer than " + timeout.toMillis() + " ms (kg.api.timeout) and was stopped");
        }
    }
}
