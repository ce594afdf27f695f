package io.fintechkg.graphql;

import io.fintechkg.ingest.Document;
import io.fintechkg.ingest.DocumentSources;
import io.fintechkg.ingest.Input;
import io.fintechkg.pipeline.ArticleIngestion;
import io.fintechkg.pipeline.ArticleOutcome;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Ingesting over the API, through the same pipeline as the {@code ingest} command; writes need write access. */
@Controller
final class IngestMutations {

    record IngestOutcome(ArticleOutcome.Status status, String name, String articleId, String reason, int entities,
            int facts) {

        static IngestOutcome of(ArticleOutcome outcome) {
            return switch (outcome) {
                case ArticleOutcome.Stored stored -> new IngestOutcome(stored.status(), stored.document(),
                        stored.write().articleId(), null, stored.write().entities(), stored.write().facts());
                case ArticleOutcome.Failed failed -> new IngestOutcome(failed.status(), failed.document(), null,
                        failed.reason(), 0, 0);
            };
        }
    }

    private final ArticleIngestion ingestion;
    private final DocumentSources sources = new DocumentSources();

    IngestMutations(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @MutationMapping
    IngestOutcome ingestArticle(@Argument String content, @Argument String fileName,
            @ContextValue WriteAccess writeAccess) {
        writeAccess.check();
        String name = fileName == null || fileName.isBlank() ? "article" : fileName.strip();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > DocumentSources.DEFAULT_SIZE_LIMIT) {
            throw new InvalidArgumentException("content", "is " + bytes.length + " bytes; at most "
                    + DocumentSources.DEFAULT_SIZE_LIMIT + " are read");
        }
        return IngestOutcome.of(ingestion.ingest(new Document(name, "graphql:" + name, bytes)));
    }

    @MutationMapping
    IngestOutcome ingestUrl(@Argument String url, @ContextValue WriteAccess writeAccess) {
        writeAccess.check();
        // only web pages: the same sources also open local paths, which the API must never read
        String scheme = schemeOf(url);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new InvalidArgumentException("url", "must be an http or https URL");
        }
        List<Input> inputs = sources.open(List.of(url)).limit(1).toList();
        return IngestOutcome.of(ingestion.ingest(inputs.getFirst()));
    }

    private static String schemeOf(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() == null || uri.getHost() == null ? null : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
