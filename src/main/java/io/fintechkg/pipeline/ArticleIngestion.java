package io.fintechkg.pipeline;

import io.fintechkg.extract.Extraction;
import io.fintechkg.extract.Extractor;
import io.fintechkg.ingest.Document;
import io.fintechkg.ingest.Input;
import io.fintechkg.ingest.Unreadable;
import io.fintechkg.parse.ArticleParser;
import io.fintechkg.parse.ParseException;
import io.fintechkg.store.GraphWriter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: document → parse → extract → resolve and store. Each article is written in its own transaction,
 * so a failure at any stage leaves nothing of that article behind and never stops the documents after it.
 * Used by the {@code ingest} command and the GraphQL mutations. Safe to share between threads.
 */
public final class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private final ArticleParser parser;
    private final Extractor extractor;
    private final GraphWriter writer;

    public ArticleIngestion(ArticleParser parser, Extractor extractor, GraphWriter writer) {
        this.parser = Objects.requireNonNull(parser);
        this.extractor = Objects.requireNonNull(extractor);
        this.writer = Objects.requireNonNull(writer);
    }

    /** {@return what happened to the input}: an unreadable one (missing, too large, unreachable) is a failure */
    public ArticleOutcome ingest(Input input) {
        return store(read(input));
    }

    /** {@return what happened to the document}; never throws for a bad document or a failed write */
    public ArticleOutcome ingest(Document document) {
        return store(read(document));
    }

    /**
     * {@return the input parsed and extracted, or its failure}: the CPU-bound half of {@link #ingest(Input)}, which
     * {@link ParallelIngestion} runs on other threads than the writes. Never throws for a bad document.
     */
    Read read(Input input) {
        return switch (input) {
            case Document document -> read(document);
            case Unreadable unreadable -> new Read.Done(new ArticleOutcome.Failed(unreadable.name(),
                    unreadable.origin(), unreadable.reason()));
        };
    }

    private Read read(Document document) {
        try {
            return new Read.Extracted(document, extractor.extract(parser.parse(document)));
        } catch (ParseException e) {
            return new Read.Done(failed(document, e.reason(), null));
        } catch (RuntimeException e) {
            return new Read.Done(failed(document, "cannot be read: " + describe(e), e));
        }
    }

    /** {@return what writing the read article did}: the transactional half of {@link #ingest(Input)}; never throws */
    ArticleOutcome store(Read read) {
        return switch (read) {
            case Read.Done done -> done.outcome();
            case Read.Extracted extracted -> {
                Document document = extracted.document();
                try {
                    yield new ArticleOutcome.Stored(document.name(), document.origin(),
                            writer.write(extracted.extraction()));
                } catch (RuntimeException e) {
                    yield failed(document, "not stored: " + describe(e), e);
                }
            }
        };
    }

    /** A document after parse and extract: ready to be written, or already done with (a failure). */
    sealed interface Read {

        record Extracted(Document document, Extraction extraction) implements Read {
        }

        record Done(ArticleOutcome outcome) implements Read {
        }
    }

    private static ArticleOutcome failed(Document document, String reason, Exception cause) {
        log.debug("{} failed: {}", document.origin(), reason, cause);
        return new ArticleOutcome.Failed(document.name(), document.origin(), reason);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
