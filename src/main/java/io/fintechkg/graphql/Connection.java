package io.fintechkg.graphql;

import io.fintechkg.store.ReadPage;
import java.util.List;
import java.util.stream.IntStream;

/** A Relay connection over one page of a result; every connection type of the schema maps onto it. */
record Connection<T>(int totalCount, List<Edge<T>> edges, PageInfo pageInfo) {

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** {@return the connection of a page, each edge's cursor naming its position in the whole result} */
    static <T> Connection<T> of(ReadPage<T> page) {
        List<Edge<T>> edges = IntStream.range(0, page.items().size())
                .mapToObj(i -> new Edge<>(Cursor.at(page.offset() + i), page.items().get(i))).toList();
        boolean hasNext = page.offset() + edges.size() < page.total();
        return new Connection<>(page.total(), edges, new PageInfo(hasNext, page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }
}
