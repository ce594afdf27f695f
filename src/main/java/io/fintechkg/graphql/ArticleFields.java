package io.fintechkg.graphql;

import io.fintechkg.store.ArticleView;
import io.fintechkg.store.EntityView;
import io.fintechkg.store.FactView;
import io.fintechkg.store.GraphReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Articles, and what was read from each: its entities and facts, batched across the response. */
@Controller
final class ArticleFields {

    private final GraphReader reader;
    private final Paging paging;

    ArticleFields(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @QueryMapping
    ArticleView article(@Argument String id) {
        return reader.findArticle(id).orElse(null);
    }

    @QueryMapping
    Connection<ArticleView> articles(@Argument Integer first, @Argument String after) {
        return Connection.of(reader.articles(paging.request(first, after)));
    }

    @BatchMapping(typeName = "Article")
    Map<ArticleView, List<EntityView>> entities(List<ArticleView> articles) {
        return byArticle(articles, reader.entitiesIn(ids(articles)));
    }

    @BatchMapping(typeName = "Article")
    Map<ArticleView, List<FactView>> facts(List<ArticleView> articles) {
        return byArticle(articles, reader.factsIn(ids(articles)));
    }

    private static List<String> ids(List<ArticleView> articles) {
        return articles.stream().map(ArticleView::id).distinct().toList();
    }

    private static <T> Map<ArticleView, List<T>> byArticle(List<ArticleView> articles, Map<String, List<T>> byId) {
        return articles.stream().distinct().collect(Collectors.toMap(Function.identity(),
                a -> byId.getOrDefault(a.id(), List.of())));
    }
}
