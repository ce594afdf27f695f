package io.fintechkg.store;

/** Which slice of an ordered result to read: {@code limit} items from position {@code offset}. */
public record PageRequest(int offset, int limit) {

    public PageRequest {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }
}
