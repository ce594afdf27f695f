package io.fintechkg.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps query documents parsed and validated, by their text, so that a front-end sending the same document again
 * (with other variables) skips both steps. Caffeine's admission policy keeps the recurring documents while one-off
 * ones, with their values spelt into the text, pass through.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    ParsedDocumentCache(long maxDocuments) {
        documents = Caffeine.newBuilder().maximumSize(maxDocuments).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = documents.get(input.getQuery(), query -> parseAndValidate.apply(input));
        return CompletableFuture.completedFuture(entry);
    }
}
