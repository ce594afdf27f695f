package io.fintechkg.graphql;

import io.fintechkg.store.PageRequest;
import org.springframework.stereotype.Component;

/** Turns {@code first} and {@code after} into the slice to read, within the page size cap. */
@Component
final class Paging {

    static final int DEFAULT_PAGE_SIZE = 20;

    private final int maxPageSize;

    Paging(ApiProperties properties) {
        this.maxPageSize = properties.maxPageSize();
    }

    /** {@return the slice after the cursor {@code after} (from the start when null), {@code first} items long} */
    PageRequest request(Integer first, String after) {
        int size = first == null ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : first;
        if (size < 0 || size > maxPageSize) {
            throw new InvalidArgumentException("first", "must be between 0 and " + maxPageSize + ", was " + size);
        }
        int offset = after == null ? 0 : Cursor.position(after) + 1;
        return new PageRequest(offset, size);
    }
}
