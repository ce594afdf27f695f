package io.fintechkg.store;

import java.util.List;

/**
 * One page of an ordered result.
 *
 * @param items  the page, in order
 * @param offset the position of the first item in the whole result
 * @param total  how many items the whole result has
 */
public record ReadPage<T>(List<T> items, int offset, int total) {

    public ReadPage {
        items = List.copyOf(items);
    }

    /** {@return an empty page, for a key the query found nothing for} */
    public static <T> ReadPage<T> empty(int offset) {
        return new ReadPage<>(List.of(), offset, 0);
    }
}
