package io.fintechkg.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.store.ArticleView;
import io.fintechkg.store.Detail;
import io.fintechkg.store.EntityView;
import io.fintechkg.store.FactDirection;
import io.fintechkg.store.FactFilter;
import io.fintechkg.store.FactView;
import io.fintechkg.store.GraphReader;
import io.fintechkg.store.ReadPage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The fields of an entity that need the database, each batched across all entities of the response. */
@Controller
@SchemaMapping(typeName = "Entity")
final class EntityFields {

    /** The fields of a relation's ends and evidence articles that a {@link Detail#BRIEF} read leaves out. */
    private static final String ENDS_BEYOND_BRIEF = "edges/node/{source,target}/{aliases,ticker}";
    private static final String ARTICLES_BEYOND_BRIEF = "edges/node/evidence/article/{fileName,source,ingestedAt}";

    private final GraphReader reader;
    private final Paging paging;

    EntityFields(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @BatchMapping(typeName = "Entity")
    Map<EntityView, Integer> articleCount(List<EntityView> entities) {
        Map<String, Integer> counts = reader.articleCounts(entities.stream().map(EntityView::id).toList());
        return entities.stream().distinct().collect(Collectors.toMap(Function.identity(),
                e -> counts.getOrDefault(e.id(), 0)));
    }

    @SchemaMapping
    CompletableFuture<Connection<FactView>> relations(EntityView entity, @Argument List<RelationType> types,
            @Argument FactDirection direction, @Argument Double minConfidence, @Argument LocalDate since,
            @Argument LocalDate until, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment environment) {
        FactFilter filter = new FactFilter(types == null ? null : new HashSet<>(types), direction, minConfidence,
                since, until);
        DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
        Detail detail = selection.containsAnyOf(ENDS_BEYOND_BRIEF, ARTICLES_BEYOND_BRIEF) ? Detail.FULL : Detail.BRIEF;
        // What a front-end showing an entity asks for is its relations and why each holds: then read both at once.
        var key = new PagedLoaders.FactsKey(entity.id(), filter, paging.request(first, after), detail,
                selection.contains("edges/node/evidence"));
        return environment.<PagedLoaders.FactsKey, ReadPage<FactView>>getDataLoader(PagedLoaders.FACTS).load(key)
                .thenApply(Connection::of);
    }

    @SchemaMapping
    CompletableFuture<Connection<ArticleView>> articles(EntityView entity, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment environment) {
        var key = new PagedLoaders.ArticlesKey(entity.id(), paging.request(first, after));
        return environment.<PagedLoaders.ArticlesKey, ReadPage<ArticleView>>getDataLoader(PagedLoaders.ARTICLES)
                .load(key).thenApply(Connection::of);
    }
}
