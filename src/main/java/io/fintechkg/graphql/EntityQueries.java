package io.fintechkg.graphql;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.store.EntityOrder;
import io.fintechkg.store.EntityView;
import io.fintechkg.store.GraphReader;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Finding entities: by name or alias, by full-text search, or browsing. */
@Controller
final class EntityQueries {

    private final GraphReader reader;
    private final Paging paging;

    EntityQueries(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @QueryMapping
    EntityView entity(@Argument String name) {
        return reader.findEntity(name).orElse(null);
    }

    @QueryMapping
    Connection<EntityView> search(@Argument String text, @Argument List<EntityType> types, @Argument Integer first,
            @Argument String after) {
        return Connection.of(reader.search(text, types, paging.request(first, after)));
    }

    @QueryMapping
    Connection<EntityView> entities(@Argument EntityType type, @Argument EntityOrder orderBy,
            @Argument Integer first, @Argument String after) {
        EntityOrder order = orderBy == null ? EntityOrder.MOST_CONNECTED : orderBy;
        return Connection.of(reader.entities(type, order, paging.request(first, after)));
    }
}
