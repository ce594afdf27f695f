package io.fintechkg.pipeline;

import io.fintechkg.store.ArticleWrite;

/** What happened to one document: stored (new, updated or unchanged), or failed with a reason. */
public sealed interface ArticleOutcome permits ArticleOutcome.Stored, ArticleOutcome.Failed {

    /** The four ways a document can come out of the pipeline. */
    enum Status {
        NEW, UPDATED, UNCHANGED, FAILED
    }

    /** {@return the document's name, as in reports} */
    String document();

    /** {@return where the document came from: a path, a URL, {@code -}} */
    String origin();

    /** {@return the outcome in one word} */
    Status status();

    /** The article went through every stage; {@code write} says what it changed. */
    record Stored(String document, String origin, ArticleWrite write) implements ArticleOutcome {

        @Override
        public Status status() {
            return switch (write.status()) {
                case NEW -> Status.NEW;
                case UPDATED -> Status.UPDATED;
                case UNCHANGED -> Status.UNCHANGED;
            };
        }
    }

    /** Nothing of the document was written; {@code reason} says what is wrong, without the document's name. */
    record Failed(String document, String origin, String reason) implements ArticleOutcome {

        @Override
        public Status status() {
            return Status.FAILED;
        }

        /** {@return the report line: origin and reason} */
        public String message() {
            return origin + ": " + reason;
        }
    }
}
