package io.fintechkg.graphql;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Decides from the HTTP request whether it may write, and hands the decision to the mutations as context. */
@Component
final class WriteAccessInterceptor implements WebGraphQlInterceptor {

    static final String CONTEXT_KEY = "writeAccess";

    private final String writeToken;

    WriteAccessInterceptor(ApiProperties properties) {
        this.writeToken = properties.writeToken();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        WriteAccess access = WriteAccess.of(writeToken, request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
                request.getRemoteAddress());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, access))
                .build());
        return chain.next(request);
    }
}
