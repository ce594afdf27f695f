package io.fintechkg.store;

import java.time.Duration;

/** A read query ran longer than its transaction timeout and the database stopped it. */
public final class ReadTimeoutException extends RuntimeException {

    public ReadTimeoutException(Duration timeout, Throwable cause) {
        super("the query took longer than " + timeout.toMillis() + " ms and was stopped", cause);
    }
}
