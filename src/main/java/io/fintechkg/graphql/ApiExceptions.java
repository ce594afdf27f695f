package io.fintechkg.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.fintechkg.store.ReadTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns the API's own failures into GraphQL errors that say what went wrong at which field path. */
@Component
final class ApiExceptions extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        ErrorType type = switch (failure) {
            case InvalidArgumentException e -> ErrorType.BAD_REQUEST;
            case WriteAccess.WriteRefusedException e -> ErrorType.FORBIDDEN;
            case ReadTimeoutException e -> ErrorType.INTERNAL_ERROR;
            case ExecutionDeadline.QueryTimeoutException e -> ErrorType.INTERNAL_ERROR;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        return GraphqlErrorBuilder.newError(environment).errorType(type).message(failure.getMessage()).build();
    }
}
