package io.fintechkg.store;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.resolve.EntityNames;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * Reads the graph of ADR 0001 back for the API, in auto-commit read transactions with a timeout. Every method is one
 * query (one round trip), and the batch methods take many keys at once so that nested API fields cost one query per
 * level, not one per parent. {@link #queryCount()} counts round trips so tests can hold that.
 */
public final class GraphReader {

    /** The shortest-path search never walks further than this. */
    public static final int MAX_HOPS = 6;
    /** The full-text index over entity names and aliases that migration V0001 creates. */
    public static final String ENTITY_NAMES_INDEX = "entity_names";
    /** How often a read meeting a transient error is tried before the error is the answer. */
    private static final int READ_ATTEMPTS = 3;

    static final String ENTITY = "{.id, .name, .type, .aliases, .ticker}";
    static final String ARTICLE = "{.id, .title, .url, .fileName, .source, .publishedAt, .ingestedAt}";
    /** What {@link Detail#BRIEF} reads of an article. */
    private static final String ARTICLE_HEADLINE = "{.id, .title, .url, .publishedAt}";
    /** What an {@code ev:Evidence} node is read as, and the order of a fact's evidence {@code ev} from {@code a}. */
    private static final String EVIDENCE_PROPERTIES = ".sentence, .start, .end, .confidence, .rule";
    private static final String EVIDENCE_ORDER = "ev.confidence DESC, a.publishedAt DESC, a.id, ev.start";
    /** Relationship types between entities, as a pattern alternation, so MENTIONS/FROM/ALIAS_OF never match. */
    static final String FACT_TYPES = Arrays.stream(RelationType.values()).map(Enum::name)
            .collect(Collectors.joining("|"));

    /** A fact with both ends, as a map; map projection needs a variable, so the ends are spelt out. */
    private static String fact(String r) {
        return fact(r, Detail.FULL, "");
    }

    /** A fact as {@link #fact} with its evidence, strongest first, each with its article under {@code article}. */
    private static String factWithEvidence(String r, Detail detail) {
        return fact(r, detail, """
                , evidence: COLLECT {
                    MATCH (ev:Evidence {factId: %s.id})-[:FROM]->(a:Article)
                    WITH ev, a ORDER BY %s
                    RETURN ev {%s, article: a %s}
                  }""".formatted(r, EVIDENCE_ORDER, EVIDENCE_PROPERTIES,
                detail == Detail.FULL ? ARTICLE : ARTICLE_HEADLINE));
    }

    private static String fact(String r, Detail detail, String moreEntries) {
        return r + " {.id, .confidence, .articleCount, .firstSeen, .lastSeen, type: type(" + r + "), source: "
                + entityOf("startNode(" + r + ")", detail) + ", target: " + entityOf("endNode(" + r + ")", detail)
                + moreEntries + "}";
    }

    private static String entityOf(String node, Detail detail) {
        String more = detail == Detail.FULL ? ", aliases: %1$s.aliases, ticker: %1$s.ticker" : "";
        return ("{id: %1$s.id, name: %1$s.name, type: %1$s.type" + more + "}").formatted(node);
    }

    /** One query text per {@link Detail}. */
    private static Map<Detail, String> byDetail(Function<Detail, String> query) {
        Map<Detail, String> queries = new EnumMap<>(Detail.class);
        Arrays.stream(Detail.values()).forEach(detail -> queries.put(detail, query.apply(detail)));
        return queries;
    }

    /** A name may key entities of several types (浦东 the place, 浦东 the short form): the most mentioned wins. */
    private static final String FIND_ENTITY = """
            UNWIND $keys AS key
            MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
            WITH DISTINCT e ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC, e.id LIMIT 1
            RETURN e %s AS e""".formatted(ENTITY);

    private static final String ARTICLE_COUNTS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            RETURN id, COUNT { (:Article)-[:MENTIONS]->(e) } AS n""";

    private static final String FACTS_OF_TEMPLATE = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            CALL (e) {
              MATCH (e)-[r:%s]-(:Entity)
              WHERE (size($types) = 0 OR type(r) IN $types)
                AND ($direction = 'BOTH' OR type(r) IN $symmetric
                     OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
                AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
                AND ($since IS NULL OR r.lastSeen >= $since)
                AND ($until IS NULL OR r.firstSeen <= $until)
              WITH DISTINCT r ORDER BY r.confidence DESC, r.articleCount DESC, r.id
              WITH collect(r) AS ranked
              RETURN size(ranked) AS total, [r IN ranked[$offset..$end] | %s] AS page
            }
            RETURN id, total, page""";
    private static final Map<Detail, String> FACTS_OF = byDetail(detail -> FACTS_OF_TEMPLATE.formatted(FACT_TYPES,
            fact("r", detail, "")));
    /** The same page with each fact's evidence: one round trip for what a front-end shows of an entity. */
    private static final Map<Detail, String> FACTS_WITH_EVIDENCE_OF = byDetail(detail -> FACTS_OF_TEMPLATE.formatted(
            FACT_TYPES, factWithEvidence("r", detail)));

    private static final String EVIDENCE_OF = """
            UNWIND $ids AS id
            MATCH (ev:Evidence {factId: id})-[:FROM]->(a:Article)
            RETURN id, ev {%s} AS ev, a %s AS a
            ORDER BY %s""".formatted(EVIDENCE_PROPERTIES, ARTICLE, EVIDENCE_ORDER);

    private static final String ARTICLES_OF = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            CALL (e) {
              MATCH (a:Article)-[:MENTIONS]->(e)
              WITH a ORDER BY a.publishedAt DESC, a.id
              WITH collect(a) AS ranked
              RETURN size(ranked) AS total, [a IN ranked[$offset..$end] | a %s] AS page
            }
            RETURN id, total, page""".formatted(ARTICLE);

    private static final String ENTITIES_IN = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
            RETURN id, e %s AS e ORDER BY m.count DESC, e.name""".formatted(ENTITY);

    private static final String FACTS_IN = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})<-[:FROM]-(ev:Evidence)
            WITH a, id, collect(DISTINCT ev.factId) AS factIds
            MATCH (a)-[:MENTIONS]->(:Entity)-[r:%s]->(:Entity)
            WHERE r.id IN factIds
            WITH DISTINCT id, r
            RETURN id, %s AS r ORDER BY r.confidence DESC, r.id""".formatted(FACT_TYPES, fact("r"));

    private static final String FIND_ARTICLE = "MATCH (a:Article {id: $id}) RETURN a %s AS a".formatted(ARTICLE);

    private static final String ARTICLES = """
            CALL () { MATCH (a:Article) RETURN count(a) AS total }
            CALL () {
              MATCH (a:Article)
              WITH a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
              RETURN collect(a %s) AS page
            }
            RETURN total, page""".formatted(ARTICLE);

    private static final String ENTITIES = """
            CALL () { MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN count(e) AS total }
            CALL () {
              MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
              WITH e, CASE $order
                WHEN 'MOST_CONNECTED' THEN COUNT { (e)-[:%s]-() }
                WHEN 'MOST_MENTIONED' THEN COUNT { (e)<-[:MENTIONS]-() }
                ELSE 0 END AS rank
              ORDER BY rank DESC, e.name, e.id SKIP $offset LIMIT $limit
              RETURN collect(e %s) AS page
            }
            RETURN total, page""".formatted(FACT_TYPES, ENTITY);

    private static final String SEARCH_FULLTEXT = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            OPTIONAL MATCH (node)-[:ALIAS_OF]->(aliased:Entity)
            WITH coalesce(aliased, node) AS e, max(score) AS score
            WHERE e:Entity AND (size($types) = 0 OR e.type IN $types)
            WITH e, score ORDER BY score DESC, size(e.name), e.name
            WITH collect(e) AS ranked
            RETURN size(ranked) AS total, [e IN ranked[$offset..$end] | e %s] AS page""".formatted(ENTITY);

    /** The full-text index cannot find one CJK character (it indexes bigrams), so short queries scan names. */
    private static final String SEARCH_CONTAINS = """
            MATCH (e:Entity)
            WHERE (size($types) = 0 OR e.type IN $types)
              AND (e.name CONTAINS $text OR any(alias IN coalesce(e.aliases, []) WHERE alias CONTAINS $text))
            WITH e ORDER BY size(e.name), e.name
            WITH collect(e) AS ranked
            RETURN size(ranked) AS total, [e IN ranked[$offset..$end] | e %s] AS page""".formatted(ENTITY);

    /** Variable-length bounds cannot be parameters: one constant query per hop limit. */
    private static final List<String> SHORTEST_PATHS = IntStream.rangeClosed(0, MAX_HOPS).mapToObj(hops -> """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
            WITH p LIMIT $limit
            RETURN [n IN nodes(p) | n %s] AS nodes, [r IN relationships(p) | %s] AS facts"""
            .formatted(FACT_TYPES, Math.max(hops, 1), ENTITY, fact("r"))).toList();

    private static final String TIMELINE = """
            MATCH (e:Entity {id: $id})-[r:%s]-(other:Entity)
            WITH DISTINCT r
            MATCH (ev:Evidence {factId: r.id})-[:FROM]->(a:Article)
            WITH r, ev, a, date(a.publishedAt) AS day
            WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
            RETURN day, %s AS r, ev {%s} AS ev, a %s AS a
            ORDER BY day, a.id, ev.start LIMIT $limit""".formatted(FACT_TYPES, fact("r"), EVIDENCE_PROPERTIES, ARTICLE);

    /** One count per label and per relationship type: each then comes from the count store, not a scan. */
    private static final String STATS = "RETURN COUNT { (:Article) } AS articles, %s AS byType, %s AS byRelationType"
            .formatted(countsBy(Arrays.stream(EntityType.values()).map(EntityType::label), "(:%s)"),
                    countsBy(Arrays.stream(RelationType.values()).map(Enum::name), "()-[:%s]->()"));

    private static String countsBy(Stream<String> keys, String pattern) {
        return keys.map(key -> key + ": COUNT { " + pattern.formatted(key) + " }")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private final Driver driver;
    private final Duration timeout;
    private final String fulltextIndex;
    private final AtomicLong queries = new AtomicLong();

    /**
     * @param timeout       how long one read transaction may run before the database stops it
     * @param fulltextIndex the name of the full-text index over entity names and aliases
     */
    public GraphReader(Driver driver, Duration timeout, String fulltextIndex) {
        this.driver = driver;
        this.timeout = timeout;
        this.fulltextIndex = fulltextIndex;
    }

    /** {@return how many queries this reader has sent since it was made} */
    public long queryCount() {
        return queries.get();
    }

    /** {@return the entity with that name or alias, compared by lookup key} */
    public Optional<EntityView> findEntity(String name) {
        List<String> keys = lookupKeys(name);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return read(FIND_ENTITY, Map.of("keys", keys), records -> records.stream()
                .map(r -> entity(r.get("e"))).findFirst());
    }

    /** {@return how many articles mention each entity, by entity id} */
    public Map<String, Integer> articleCounts(Collection<String> entityIds) {
        return read(ARTICLE_COUNTS, Map.of("ids", List.copyOf(entityIds)), records -> records.stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("n").asInt(), (a, b) -> a)));
    }

    /** {@return one page of the facts of each entity that pass the filter, best first, by entity id} */
    public Map<String, ReadPage<FactView>> factsOf(Collection<String> entityIds, FactFilter filter, PageRequest page,
            Detail detail) {
        return readPages(FACTS_OF.get(detail), factParams(entityIds, filter, page), page, GraphReader::fact);
    }

    /** {@return the same pages as {@link #factsOf}, each fact with its evidence as {@link #evidenceOf} reads it} */
    public Map<String, ReadPage<FactView>> factsWithEvidenceOf(Collection<String> entityIds, FactFilter filter,
            PageRequest page, Detail detail) {
        return readPages(FACTS_WITH_EVIDENCE_OF.get(detail), factParams(entityIds, filter, page), page,
                GraphReader::fact);
    }

    private static Map<String, Object> factParams(Collection<String> entityIds, FactFilter filter, PageRequest page) {
        Map<String, Object> params = pageParams(entityIds, page);
        params.put("types", filter.types().stream().map(Enum::name).toList());
        params.put("symmetric", Arrays.stream(RelationType.values()).filter(RelationType::symmetric)
                .map(Enum::name).toList());
        params.put("direction", filter.direction().name());
        params.put("minConfidence", filter.minConfidence());
        params.put("since", filter.since());
        params.put("until", filter.until());
        return params;
    }

    /** {@return the evidence of each fact, strongest first, by fact id} */
    public Map<String, List<EvidenceView>> evidenceOf(Collection<String> factIds) {
        return read(EVIDENCE_OF, Map.of("ids", List.copyOf(factIds)), records -> records.stream()
                .collect(Collectors.groupingBy(r -> r.get("id").asString(), LinkedHashMap::new,
                        Collectors.mapping(r -> evidence(r.get("id").asString(), r.get("ev"), r.get("a")),
                                Collectors.toList()))));
    }

    /** {@return one page of the articles mentioning each entity, newest first, by entity id} */
    public Map<String, ReadPage<ArticleView>> articlesOf(Collection<String> entityIds, PageRequest page) {
        return readPages(ARTICLES_OF, pageParams(entityIds, page), page, GraphReader::article);
    }

    /** {@return the entities each article mentions, most mentioned first, by article id} */
    public Map<String, List<EntityView>> entitiesIn(Collection<String> articleIds) {
        return read(ENTITIES_IN, Map.of("ids", List.copyOf(articleIds)), records -> groupBy(records, "e",
                GraphReader::entity));
    }

    /** {@return the facts each article states, by article id} */
    public Map<String, List<FactView>> factsIn(Collection<String> articleIds) {
        return read(FACTS_IN, Map.of("ids", List.copyOf(articleIds)), records -> groupBy(records, "r",
                GraphReader::fact));
    }

    public Optional<ArticleView> findArticle(String id) {
        return read(FIND_ARTICLE, Map.of("id", id), records -> records.stream()
                .map(r -> article(r.get("a"))).findFirst());
    }

    /** {@return a page of all articles, newest first} */
    public ReadPage<ArticleView> articles(PageRequest page) {
        Map<String, Object> params = Map.of("offset", page.offset(), "limit", page.limit());
        return read(ARTICLES, params, records -> singlePage(records.getFirst(), page, GraphReader::article));
    }

    /** {@return a page of the entities, of one type when {@code type} is given} */
    public ReadPage<EntityView> entities(EntityType type, EntityOrder order, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type == null ? null : type.label());
        params.put("order", order.name());
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        return read(ENTITIES, params, records -> singlePage(records.getFirst(), page, GraphReader::entity));
    }

    /**
     * {@return the entities whose names or aliases match {@code text}, best first}. Every white-space separated
     * term must match as a phrase; Lucene syntax in the text is taken literally.
     */
    public ReadPage<EntityView> search(String text, Collection<EntityType> types, PageRequest page) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (normalised.isEmpty()) {
            return ReadPage.empty(page.offset());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("types", types == null ? List.of() : types.stream().map(EntityType::label).toList());
        params.put("offset", page.offset());
        params.put("end", page.offset() + page.limit());
        boolean shortQuery = normalised.codePointCount(0, normalised.length()) < 2;
        params.put("text", normalised);
        params.put("index", fulltextIndex);
        params.put("query", FulltextQuery.allPhrases(normalised));
        return read(shortQuery ? SEARCH_CONTAINS : SEARCH_FULLTEXT, params,
                records -> singlePage(records.getFirst(), page, GraphReader::entity));
    }

    /** {@return up to {@code limit} shortest paths of at most {@code maxHops} facts between two entities} */
    public List<PathView> shortestPaths(String fromId, String toId, int maxHops, int limit) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ": " + maxHops);
        }
        return read(SHORTEST_PATHS.get(maxHops), Map.of("from", fromId, "to", toId, "limit", limit),
                records -> records.stream().map(r -> new PathView(r.get("nodes").asList(GraphReader::entity),
                        r.get("facts").asList(GraphReader::fact))).toList());
    }

    /** {@return the facts around an entity with the sentences stating them, oldest article first} */
    public List<TimelineItem> timeline(String entityId, LocalDate since, LocalDate until, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", entityId);
        params.put("since", since);
        params.put("until", until);
        params.put("limit", limit);
        return read(TIMELINE, params, records -> records.stream().map(r -> {
            FactView fact = fact(r.get("r"));
            return new TimelineItem(r.get("day").isNull() ? null : r.get("day").asLocalDate(), fact,
                    evidence(fact.id(), r.get("ev"), r.get("a")));
        }).toList());
    }

    public GraphStats stats() {
        return read(STATS, Map.of(), records -> {
            Record r = records.getFirst();
            Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
            r.get("byType").asMap(Value::asLong).forEach((label, n) -> byType.put(EntityType.ofLabel(label), n));
            Map<RelationType, Long> byRelationType = new EnumMap<>(RelationType.class);
            r.get("byRelationType").asMap(Value::asLong).forEach((type, n) -> byRelationType.put(
                    RelationType.valueOf(type), n));
            return new GraphStats(r.get("articles").asLong(), sum(byType), sum(byRelationType), byType,
                    byRelationType);
        });
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@return every alias key the resolver could have filed this name under}: the name as it is and without its
     * company form, for each entity type, and as a stock code.
     */
    static List<String> lookupKeys(String name) {
        String normalised = EntityNames.normalise(name);
        if (normalised.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            keys.add(EntityNames.key(type, normalised));
            String stem = EntityNames.withoutCompanyForm(normalised, type);
            if (!stem.equals(normalised)) {
                keys.add(EntityNames.key(type, stem));
            }
        }
        keys.add(EntityNames.tickerKey(normalised));
        return keys;
    }

    /**
     * Runs one query as an auto-commit read: the request and its results in one round trip, where a managed
     * transaction adds a COMMIT exchange that measurably cut the API's throughput (docs/benchmarks-graphql.md). A
     * read has nothing to lose by being retried, so the retries a managed transaction would make on transient
     * errors (a cluster member going away) are made here.
     */
    private <T> T read(String cypher, Map<String, Object> params, Function<List<Record>, T> mapper) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        for (int attempt = 1;; attempt++) {
            queries.incrementAndGet();
            try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                return mapper.apply(session.run(new Query(cypher, params), config).list());
            } catch (Neo4jException e) {
                if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                    throw new ReadTimeoutException(timeout, e);
                }
                if (!(e instanceof RetryableException) || attempt == READ_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, Object> pageParams(Collection<String> ids, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(ids));
        params.put("offset", page.offset());
        params.put("end", page.offset() + page.limit());
        return params;
    }

    private <T> Map<String, ReadPage<T>> readPages(String cypher, Map<String, Object> params, PageRequest page,
            Function<Value, T> item) {
        return read(cypher, params, records -> {
            Map<String, ReadPage<T>> pages = new HashMap<>();
            records.forEach(r -> pages.put(r.get("id").asString(), singlePage(r, page, item)));
            return pages;
        });
    }

    private static <T> ReadPage<T> singlePage(Record r, PageRequest page, Function<Value, T> item) {
        return new ReadPage<>(r.get("page").asList(item), page.offset(), r.get("total").asInt());
    }

    private static <T> Map<String, List<T>> groupBy(List<Record> records, String column, Function<Value, T> item) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        records.forEach(r -> grouped.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
                .add(item.apply(r.get(column))));
        return grouped;
    }

    static EntityView entity(Value v) {
        List<String> aliases = v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString);
        return new EntityView(v.get("id").asString(), v.get("name").asString(),
                EntityType.ofLabel(v.get("type").asString()), aliases, v.get("ticker").asString(null));
    }

    /** A fact as {@link #fact(String)} projects it, with its evidence when the projection has some. */
    static FactView fact(Value v) {
        String id = v.get("id").asString();
        Value evidence = v.get("evidence");
        return new FactView(id, RelationType.valueOf(v.get("type").asString()), entity(v.get("source")),
                entity(v.get("target")), v.get("confidence").asDouble(0), v.get("articleCount").asInt(0),
                v.get("firstSeen").asLocalDate(null), v.get("lastSeen").asLocalDate(null),
                evidence.isNull() ? null : evidence.asList(ev -> evidence(id, ev, ev.get("article"))));
    }

    static ArticleView article(Value v) {
        return new ArticleView(v.get("id").asString(), v.get("title").asString(null), v.get("url").asString(null),
                v.get("fileName").asString(null), v.get("source").asString(null),
                v.get("publishedAt").asOffsetDateTime(null), v.get("ingestedAt").asOffsetDateTime(null));
    }

    static EvidenceView evidence(String factId, Value ev, Value article) {
        return new EvidenceView(factId, ev.get("sentence").asString(), ev.get("start").asInt(0), ev.get("end").asInt(0),
                ev.get("confidence").asDouble(0), ev.get("rule").asString(null), article(article));
    }
}
