package io.fintechkg.store;

import io.fintechkg.extract.Evidence;
import io.fintechkg.extract.Extraction;
import io.fintechkg.parse.ParsedArticle;
import io.fintechkg.resolve.EntityResolver;
import io.fintechkg.resolve.ResolvedArticle;
import io.fintechkg.resolve.ResolvedEntity;
import io.fintechkg.resolve.ResolvedFact;
import io.fintechkg.resolve.StableIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one article per write transaction: resolves its entities against the aliases in the graph, then replaces
 * whatever an earlier version of the same article contributed (ADR 0001). All Cypher is parameterised and batched
 * with {@code UNWIND}; labels and relationship types are dynamic ({@code $(…)}) so no query text is built from data.
 */
public final class GraphWriter {

    /**
     * MERGE, not MATCH: the article's key is locked first, so two transactions writing the same article queue up
     * and the second sees what the first wrote (unchanged, or a version to replace) instead of adding it twice.
     */
    private static final String CURRENT_VERSION = """
            MERGE (a:Article {id: $id}) RETURN a.contentHash AS hash, a.extractorVersion AS version
            """;
    private static final String RETRACT_MENTIONS = """
            MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
            WITH m, e.id AS entityId DELETE m
            RETURN entityId
            """;
    private static final String RETRACT_EVIDENCE = """
            MATCH (v:Evidence)-[:FROM]->(:Article {id: $id})
            WITH v, v.factId AS id, v.sourceId AS sourceId, v.targetId AS targetId
            DETACH DELETE v
            RETURN DISTINCT id, sourceId, targetId
            """;
    /**
     * The article's properties, then its entities. Their alias keys were claimed by {@link AliasDirectory} earlier in
     * the transaction, so they are matched here, not merged again, and only those not linked yet are passed. It
     * creates no node but entities, so the statement's {@code nodesCreated} counts the new ones.
     */
    private static final String WRITE_ENTITIES = """
            MATCH (a:Article {id: $articleId})
            SET a += $properties, a.ingestedAt = datetime()
            WITH a
            UNWIND $entities AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e:$(row.type)
            WITH a, e, row, CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END AS name
            WITH a, e, row, name, [e.name] + e.aliases + [row.name] + row.aliases AS forms
            WITH a, e, row, name,
                 reduce(acc = [], form IN forms | CASE WHEN form = name OR form IN acc THEN acc ELSE acc + form END) AS aliases
            // Write an existing entity only when the article adds to it, which after its first few articles it
            // rarely does: any SET (even of the same value, even of a label it has) locks the node until commit,
            // which serialised concurrent writers on every popular entity; and name and aliases feed the full-text
            // index, refreshed at every commit that changes them.
            CALL (e, row, name, aliases) {
              WITH * WHERE e.name <> name OR e.aliases IS NULL OR e.aliases <> aliases
                OR e.ticker IS NULL AND row.ticker IS NOT NULL
              SET e.name = name, e.aliases = aliases, e.ticker = coalesce(e.ticker, row.ticker)
            }
            CALL (a, e, row) {
              WITH * WHERE row.mention
              CREATE (a)-[:MENTIONS {count: row.mentions, resolvedBy: row.resolvedBy}]->(e)
            }
            WITH e, row
            UNWIND row.keys AS key
            MATCH (alias:Alias {key: key}) WHERE NOT (alias)-[:ALIAS_OF]->()
            CREATE (alias)-[:ALIAS_OF]->(e)
            """;
    /**
     * The article's facts and their evidence, and, for a new article, its count in each fact. Setting {@code _lock}
     * first takes the fact's write lock before anything of it is read, so that concurrent writers cannot lose each
     * other's increments (Neo4j reads committed data; a plain {@code SET x = x + 1} can); RECOMPUTE_FACTS does the
     * same. Adding one article to a fact is cheaper than recounting it, which for a fact stated by thousands of
     * articles would make every ingest slower than the one before. Evidence is created, not merged: the article
     * has none at this point (new, or retracted above), and its ids are distinct (see {@link #factRow}).
     */
    private static final String WRITE_FACTS = """
            MATCH (a:Article {id: $articleId})
            UNWIND $facts AS f
            MATCH (s:Entity {id: f.sourceId}), (t:Entity {id: f.targetId})
            MERGE (s)-[r:$(f.type) {id: f.id}]->(t)
            SET r._lock = true
            WITH a, f, r, r.articleCount IS NULL AS created
            CALL (a, f) {
              UNWIND f.evidence AS ev
              CREATE (v:Evidence)-[:FROM]->(a)
              SET v = ev
            }
            CALL (r, f) {
              WITH * WHERE $countArticle
              SET r.articleCount = coalesce(r.articleCount, 0) + 1,
                  r.confidence = CASE WHEN r.confidence >= f.confidence THEN r.confidence ELSE f.confidence END,
                  r.firstSeen = CASE WHEN r.firstSeen <= $day THEN r.firstSeen ELSE $day END,
                  r.lastSeen = CASE WHEN r.lastSeen >= $day THEN r.lastSeen ELSE $day END
            }
            REMOVE r._lock
            RETURN count(CASE WHEN created THEN 1 END) AS created
            """;
    /** A fact's properties follow from its evidence; a fact with none left is gone. */
    private static final String RECOMPUTE_FACTS = """
            UNWIND $facts AS f
            MATCH (:Entity {id: f.sourceId})-[r]->(:Entity {id: f.targetId}) WHERE r.id = f.id
            SET r._lock = true
            WITH r, f
            OPTIONAL MATCH (v:Evidence {factId: f.id})-[:FROM]->(a:Article)
            WITH r, count(DISTINCT a) AS articles, max(v.confidence) AS confidence,
                 min(date(coalesce(a.publishedAt, a.ingestedAt))) AS firstSeen,
                 max(date(coalesce(a.publishedAt, a.ingestedAt))) AS lastSeen
            SET r.articleCount = articles, r.confidence = confidence, r.firstSeen = firstSeen, r.lastSeen = lastSeen
            REMOVE r._lock
            WITH r, articles WHERE articles = 0
            DELETE r
            RETURN count(*) AS removed
            """;
    /** Entities that only the replaced version named go, with their aliases, so that nothing dangles. */
    private static final String REMOVE_ORPHANS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id}) WHERE NOT ()-[:MENTIONS]->(e)
            OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(e)
            DETACH DELETE alias, e
            """;

    private final Driver driver;
    private final EntityResolver resolver;

    /** @param migrations taken so that no article is written into a graph whose schema is not yet in place */
    public GraphWriter(Driver driver, EntityResolver resolver, SchemaMigrations migrations) {
        this.driver = Objects.requireNonNull(driver);
        this.resolver = Objects.requireNonNull(resolver);
        Objects.requireNonNull(migrations);
    }

    /** {@return whether any article has been written}: the graph counts as empty until one has */
    public boolean hasArticles() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (a:Article) RETURN a LIMIT 1").hasNext());
        }
    }

    /** {@return what writing the extraction did}: all of it or, on an exception, nothing */
    public ArticleWrite write(Extraction extraction) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> write(tx, extraction));
        }
    }

    private ArticleWrite write(TransactionContext tx, Extraction extraction) {
        ParsedArticle article = extraction.article();
        String id = EntityResolver.articleId(article.url(), article.name());
        var current = tx.run(CURRENT_VERSION, Map.of("id", id)).single();
        boolean exists = !current.get("hash").isNull();
        if (exists && Objects.equals(current.get("hash").asString(null), article.contentHash())
                && Objects.equals(current.get("version").asString(null), extraction.extractorVersion())) {
            return ArticleWrite.unchanged(id);
        }
        Set<String> formerEntities = new HashSet<>();
        Map<String, Map<String, Object>> touchedFacts = new LinkedHashMap<>();
        if (exists) {
            tx.run(RETRACT_MENTIONS, Map.of("id", id)).forEachRemaining(r -> formerEntities.add(r.get(0).asString()));
            tx.run(RETRACT_EVIDENCE, Map.of("id", id)).forEachRemaining(r -> touchedFacts.put(r.get("id").asString(),
                    factKey(r.get("id").asString(), r.get("sourceId").asString(), r.get("targetId").asString())));
        }

        var aliases = new AliasDirectory(tx, id);
        ResolvedArticle resolved = resolver.resolve(extraction, aliases);
        List<String> entityIds = resolved.entities().stream().map(ResolvedEntity::id).distinct().toList();
        // entities and facts in id order, so that concurrent articles lock shared ones in one order (fewer deadlocks)
        int entitiesCreated = tx.run(WRITE_ENTITIES, Map.of("articleId", id,
                "properties", articleProperties(article, extraction),
                "entities", entityRows(resolved.entities(), aliases)))
                .consume().counters().nodesCreated();
        int factsCreated = tx.run(WRITE_FACTS, Map.of("articleId", id, "countArticle", !exists, "day", day(article),
                "facts", resolved.facts().stream().sorted(Comparator.comparing(ResolvedFact::id))
                        .map(f -> factRow(id, f, extraction.extractorVersion())).toList()))
                .single().get("created").asInt();

        int removed = 0;
        if (exists) {
            resolved.facts().forEach(f -> touchedFacts.put(f.id(), factKey(f.id(), f.sourceId(), f.targetId())));
            removed = tx.run(RECOMPUTE_FACTS, Map.of("facts", List.copyOf(touchedFacts.values())))
                    .single().get("removed").asInt();
        }
        formerEntities.removeAll(entityIds);
        if (!formerEntities.isEmpty()) {
            tx.run(REMOVE_ORPHANS, Map.of("ids", List.copyOf(formerEntities))).consume();
        }
        return new ArticleWrite(exists ? ArticleWrite.Status.UPDATED : ArticleWrite.Status.NEW, id, entityIds.size(),
                resolved.facts().size(), entitiesCreated, factsCreated, removed);
    }

    /** The day an article states its facts: its publication date, else today (as RECOMPUTE_FACTS reads it). */
    private static LocalDate day(ParsedArticle article) {
        return (article.publishedAt() == null ? Instant.now() : article.publishedAt()).atOffset(ZoneOffset.UTC)
                .toLocalDate();
    }

    private static Map<String, Object> factKey(String id, String sourceId, String targetId) {
        return Map.of("id", id, "sourceId", sourceId, "targetId", targetId);
    }

    private static Map<String, Object> articleProperties(ParsedArticle article, Extraction extraction) {
        var properties = new HashMap<String, Object>();
        properties.put("fileName", article.name());
        properties.put("origin", article.origin());
        properties.put("title", article.title());
        properties.put("url", article.url());
        properties.put("source", article.source());
        properties.put("publishedAt",
                article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC));
        properties.put("contentHash", article.contentHash());
        properties.put("extractorVersion", extraction.extractorVersion());
        return properties;
    }

    /**
     * The entities in id order (so that concurrent articles lock shared ones in one order), each marked whether its
     * row creates the article's MENTIONS of it: the last row of an id, as when a later SET overwrote an earlier.
     * CREATE rather than MERGE, because the article has no MENTIONS at this point (new, or retracted above), and
     * MERGE of a missing relationship locks both nodes until commit: every writer mentioning a popular entity
     * waited for the one before it.
     */
    private static List<Map<String, Object>> entityRows(List<ResolvedEntity> entities, AliasDirectory aliases) {
        List<ResolvedEntity> sorted = entities.stream().sorted(Comparator.comparing(ResolvedEntity::id)).toList();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < sorted.size(); i++) {
            Map<String, Object> row = entityRow(sorted.get(i), aliases);
            row.put("mention", i + 1 == sorted.size() || !sorted.get(i + 1).id().equals(sorted.get(i).id()));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> entityRow(ResolvedEntity entity, AliasDirectory aliases) {
        var row = new HashMap<String, Object>();
        row.put("id", entity.id());
        row.put("type", entity.type().label());
        row.put("name", entity.name());
        row.put("aliases", entity.aliases());
        row.put("ticker", entity.ticker());
        // the keys that do not lead to an entity yet: most of a known entity's keys already do
        row.put("keys", entity.aliasKeys().stream().filter(key -> !aliases.isLinked(key)).toList());
        row.put("mentions", entity.mentionCount());
        row.put("resolvedBy", entity.resolvedBy());
        return row;
    }

    /**
     * A fact as WRITE_FACTS takes it: its ends, type, best confidence and its evidence, one per distinct span of the
     * article (the best confidence when the extractor found the same span twice), each with every property of its node.
     */
    private static Map<String, Object> factRow(String articleId, ResolvedFact fact, String extractorVersion) {
        var evidence = new LinkedHashMap<String, Map<String, Object>>();
        for (Evidence e : fact.evidence()) {
            String id = StableIds.of(articleId, fact.id(), Integer.toString(e.start()), Integer.toString(e.end()));
            Map<String, Object> known = evidence.get(id);
            if (known == null || (double) known.get("confidence") < e.confidence()) {
                evidence.put(id, Map.ofEntries(Map.entry("id", id), Map.entry("sentence", e.sentence()),
                        Map.entry("start", e.start()), Map.entry("end", e.end()),
                        Map.entry("confidence", e.confidence()), Map.entry("rule", e.rule() == null ? "" : e.rule()),
                        Map.entry("factId", fact.id()), Map.entry("type", fact.type().name()),
                        Map.entry("sourceId", fact.sourceId()), Map.entry("targetId", fact.targetId()),
                        Map.entry("extractorVersion", extractorVersion)));
            }
        }
        return Map.of("id", fact.id(), "sourceId", fact.sourceId(), "type", fact.type().name(),
                "targetId", fact.targetId(), "confidence", fact.confidence(),
                "evidence", List.copyOf(evidence.values()));
    }
}
