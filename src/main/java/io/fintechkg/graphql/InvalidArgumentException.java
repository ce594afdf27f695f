package io.fintechkg.graphql;

/** A field argument the API cannot serve; reported as a BAD_REQUEST error on that field. */
final class InvalidArgumentException extends RuntimeException {

    InvalidArgumentException(String argument, String problem) {
        super("argument '" + argument + "': " + problem);
    }
}
