package io.fintechkg.ingest;

/**
 * The raw bytes of one input, before anything is understood of them.
 *
 * @param name    the file name (or the last path segment of a URL, or {@code stdin}), used in reports
 * @param origin  where it came from: an absolute path, a URL or {@code -}
 * @param content the bytes as read
 */
public record Document(String name, String origin, byte[] content) implements Input {
}
