package io.fintechkg.graphql;

import io.fintechkg.store.ArticleView;
import io.fintechkg.store.Detail;
import io.fintechkg.store.EvidenceView;
import io.fintechkg.store.FactFilter;
import io.fintechkg.store.FactView;
import io.fintechkg.store.GraphReader;
import io.fintechkg.store.PageRequest;
import io.fintechkg.store.ReadPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Batch loaders for the nested lists that take arguments, which {@code @BatchMapping} cannot pass on: each key
 * carries its parent's id and the field's arguments, and one query serves all parents asking with the same ones.
 * Also the evidence of facts, by fact id, for facts read without it.
 */
@Component
final class PagedLoaders {

    static final String FACTS = "factsOfEntity";
    static final String ARTICLES = "articlesOfEntity";
    static final String EVIDENCE = "evidenceOfFact";

    /**
     * @param detail       how much of the ends and evidence the query selects, part of the key so no other reads it
     * @param withEvidence whether to read each fact's evidence with it
     */
    record FactsKey(String entityId, FactFilter filter, PageRequest page, Detail detail, boolean withEvidence) {
    }

    record ArticlesKey(String entityId, PageRequest page) {
    }

    private record FactArguments(FactFilter filter, PageRequest page, Detail detail, boolean withEvidence) {

        static FactArguments of(FactsKey key) {
            return new FactArguments(key.filter(), key.page(), key.detail(), key.withEvidence());
        }
    }

    PagedLoaders(BatchLoaderRegistry registry, GraphReader reader) {
        registry.<FactsKey, ReadPage<FactView>>forName(FACTS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> byArguments(keys, FactArguments::of, FactsKey::entityId,
                        (ids, args) -> args.withEvidence()
                                ? reader.factsWithEvidenceOf(ids, args.filter(), args.page(), args.detail())
                                : reader.factsOf(ids, args.filter(), args.page(), args.detail()),
                        args -> ReadPage.empty(args.page().offset()))));
        registry.<String, List<EvidenceView>>forName(EVIDENCE).registerMappedBatchLoader((factIds, env) ->
                Mono.fromCallable(() -> {
                    Map<String, List<EvidenceView>> byFact = reader.evidenceOf(List.copyOf(factIds));
                    return factIds.stream().collect(Collectors.toMap(Function.identity(),
                            id -> byFact.getOrDefault(id, List.of())));
                }));
        registry.<ArticlesKey, ReadPage<ArticleView>>forName(ARTICLES).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> byArguments(keys, ArticlesKey::page, ArticlesKey::entityId,
                        reader::articlesOf, page -> ReadPage.empty(page.offset()))));
    }

    /** One query per distinct set of arguments; parents the query found nothing for get {@code empty}. */
    private static <K, A, V> Map<K, V> byArguments(Set<K> keys, Function<K, A> arguments, Function<K, String> id,
            BiFunction<List<String>, A, Map<String, V>> query, Function<A, V> empty) {
        Map<K, V> values = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(arguments)).forEach((args, group) -> {
            Map<String, V> byId = query.apply(group.stream().map(id).distinct().toList(), args);
            group.forEach(key -> values.put(key, byId.getOrDefault(id.apply(key), empty.apply(args))));
        });
        return values;
    }
}
