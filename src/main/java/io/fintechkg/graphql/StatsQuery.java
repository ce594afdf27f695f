package io.fintechkg.graphql;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.store.GraphReader;
import io.fintechkg.store.GraphStats;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** How big the graph is. */
@Controller
final class StatsQuery {

    record Stats(long articles, long entities, long facts, List<TypeCount> byType,
            List<RelationTypeCount> byRelationType) {
    }

    record TypeCount(EntityType type, long count) {
    }

    record RelationTypeCount(RelationType type, long count) {
    }

    private final GraphReader reader;

    StatsQuery(GraphReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    Stats stats() {
        GraphStats stats = reader.stats();
        return new Stats(stats.articles(), stats.entities(), stats.facts(),
                stats.byType().entrySet().stream().map(e -> new TypeCount(e.getKey(), e.getValue())).toList(),
                stats.byRelationType().entrySet().stream().map(e -> new RelationTypeCount(e.getKey(), e.getValue()))
                        .toList());
    }
}
