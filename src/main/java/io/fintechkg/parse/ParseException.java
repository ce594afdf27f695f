package io.fintechkg.parse;

/** A document that cannot be read as an article; the message names the document and what is wrong with it. */
public final class ParseException extends Exception {

    private final String document;
    private final String reason;

    public ParseException(String document, String reason) {
        super(document + ": " + reason);
        this.document = document;
        this.reason = reason;
    }

    public ParseException(String document, String reason, Throwable cause) {
        super(document + ": " + reason, cause);
        this.document = document;
        this.reason = reason;
    }

    /** {@return the name of the document that failed} */
    public String document() {
        return document;
    }

    /** {@return what is wrong with it, without the document's name} */
    public String reason() {
        return reason;
    }
}
