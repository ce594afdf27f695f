package io.fintechkg.ingest;

/**
 * An input that could not be read: missing, too large, unreachable. The batch goes on without it.
 *
 * @param name   as for {@link Document#name()}
 * @param origin as for {@link Document#origin()}
 * @param reason what went wrong, for example {@code too large: 52,428,800 bytes, limit 10,485,760}
 */
public record Unreadable(String name, String origin, String reason) implements Input {

    /** {@return the report line: the name and the reason} */
    public String message() {
        return name + ": " + reason;
    }
}
