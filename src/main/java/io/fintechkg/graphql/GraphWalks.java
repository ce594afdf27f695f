package io.fintechkg.graphql;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.store.ArticleView;
import io.fintechkg.store.EntityView;
import io.fintechkg.store.FactView;
import io.fintechkg.store.GraphReader;
import io.fintechkg.store.PathView;
import io.fintechkg.store.TimelineItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Walking the graph from named entities: the paths between two, the timeline around one. */
@Controller
final class GraphWalks {

    static final int MAX_PATHS = 10;

    record Path(int length, List<Hop> hops) {
    }

    record Hop(EntityView from, EntityView to, FactView relation) {
    }

    record TimelineEntry(LocalDate date, FactView relation, EntityView event, String sentence, ArticleView article) {
    }

    private final GraphReader reader;
    private final Paging paging;

    GraphWalks(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @QueryMapping
    List<Path> path(@Argument String from, @Argument String to, @Argument Integer maxHops) {
        int hops = maxHops == null ? 4 : maxHops;
        if (hops < 1 || hops > GraphReader.MAX_HOPS) {
            throw new InvalidArgumentException("maxHops", "must be between 1 and " + GraphReader.MAX_HOPS);
        }
        Optional<EntityView> start = reader.findEntity(from);
        Optional<EntityView> end = start.isEmpty() ? Optional.empty() : reader.findEntity(to);
        if (start.isEmpty() || end.isEmpty()) {
            return null;
        }
        if (start.get().id().equals(end.get().id())) {
            return List.of(new Path(0, List.of()));
        }
        return reader.shortestPaths(start.get().id(), end.get().id(), hops, MAX_PATHS).stream()
                .map(GraphWalks::path).toList();
    }

    @QueryMapping
    List<TimelineEntry> timeline(@Argument String name, @Argument LocalDate since, @Argument LocalDate until,
            @Argument Integer first) {
        int limit = paging.request(first, null).limit();
        return reader.findEntity(name).map(entity -> reader.timeline(entity.id(), since, until, limit).stream()
                .map(item -> entry(entity, item)).toList()).orElse(null);
    }

    private static Path path(PathView path) {
        return new Path(path.facts().size(), IntStream.range(0, path.facts().size())
                .mapToObj(i -> new Hop(path.nodes().get(i), path.nodes().get(i + 1), path.facts().get(i))).toList());
    }

    private static TimelineEntry entry(EntityView entity, TimelineItem item) {
        FactView fact = item.fact();
        EntityView other = fact.source().id().equals(entity.id()) ? fact.target() : fact.source();
        return new TimelineEntry(item.date(), fact, other.type() == EntityType.EVENT ? other : null,
                item.evidence().sentence(), item.evidence().article());
    }
}
