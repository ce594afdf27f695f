package io.fintechkg.ingest;

/** One input named on the command line, or found in a folder named there: either its bytes, or why it could not be read. */
public sealed interface Input permits Document, Unreadable {

    /** {@return the file name, the last segment of a URL, or {@code stdin}} */
    String name();

    /** {@return where it came from: an absolute path, a URL or {@code -}} */
    String origin();
}
