package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fintechkg.store.PageRequest;
import io.fintechkg.store.ReadPage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

    private final Paging paging = new Paging(new ApiProperties(12, 20000, 100, java.time.Duration.ofSeconds(5), null,
            List.of()));

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 12345})
    void cursorsRoundTripTheirPosition(int position) {
        assertThat(Cursor.position(Cursor.at(position))).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a2c6LTE", "eDox", "kg:1"})
    void refusesCursorsItDidNotGiveOut(String cursor) {
        assertThatThrownBy(() -> Cursor.position(cursor)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("after");
    }

    @Test
    void afterACursorTheNextPageStartsOnePositionLater() {
        assertThat(paging.request(10, Cursor.at(19))).isEqualTo(new PageRequest(20, 10));
        assertThat(paging.request(null, null)).isEqualTo(new PageRequest(0, Paging.DEFAULT_PAGE_SIZE));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 1000})
    void refusesPageSizesOutsideTheCap(int first) {
        assertThatThrownBy(() -> paging.request(first, null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'first'").hasMessageContaining("100");
    }

    @Test
    void connectionsTellWhetherMoreFollows() {
        var middle = Connection.of(new ReadPage<>(List.of("c", "d"), 2, 6));
        assertThat(middle.totalCount()).isEqualTo(6);
        assertThat(middle.pageInfo().hasNextPage()).isTrue();
        assertThat(middle.pageInfo().hasPreviousPage()).isTrue();
        assertThat(Cursor.position(middle.pageInfo().endCursor())).isEqualTo(3);
        var last = Connection.of(new ReadPage<>(List.of("e", "f"), 4, 6));
        assertThat(last.pageInfo().hasNextPage()).isFalse();
        var empty = Connection.of(new ReadPage<String>(List.of(), 0, 0));
        assertThat(empty.pageInfo().startCursor()).isNull();
        assertThat(empty.pageInfo().hasNextPage()).isFalse();
    }
}
