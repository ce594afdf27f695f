package io.fintechkg.parse;

/** Why a document is not an article; {@link NewsArticleParser} adds the document's name and rethrows it as a {@link ParseException}. */
final class InvalidDocument extends Exception {

    InvalidDocument(String reason) {
        super(reason, null, false, false);
    }

    InvalidDocument(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
