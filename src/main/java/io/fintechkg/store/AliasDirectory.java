package io.fintechkg.store;

import io.fintechkg.resolve.AliasLookup;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The resolution state in the graph, {@code (:Alias {key})-[:ALIAS_OF]->(:Entity)}, as resolve's lookup port.
 * Bound to the article's write transaction, and it claims every key it is asked about: a key no entity has yet is
 * created at once ({@code MERGE} on the unique key), so a concurrent transaction asking for the same key waits on
 * the key's lock until this one commits, then finds the entity this one linked to it. Two articles naming the same
 * new thing at the same time thus reach one node, exactly as if they had been written one after the other. The
 * writer links every claimed key to its entity in the same transaction.
 */
public final class AliasDirectory implements AliasLookup {

    private static final String CLAIM = """
            UNWIND $keys AS key
            MERGE (alias:Alias {key: key})
              ON CREATE SET alias.article = $articleId
            WITH alias, key
            OPTIONAL MATCH (alias)-[:ALIAS_OF]->(e:Entity)
            RETURN key, e.id AS id
            """;

    private final SimpleQueryRunner runner;
    private final String articleId;
    private final Set<String> linked = new HashSet<>();

    /** @param articleId recorded on the keys this article is the first to use */
    public AliasDirectory(SimpleQueryRunner runner, String articleId) {
        this.runner = runner;
        this.articleId = articleId;
    }

    @Override
    public Map<String, String> entityIds(Collection<String> keys) {
        var ids = new HashMap<String, String>();
        // one lock order for every transaction, so that two claiming overlapping keys cannot deadlock on them
        var sorted = new TreeSet<>(keys);
        runner.run(CLAIM, Map.of("keys", List.copyOf(sorted), "articleId", articleId))
                .forEachRemaining(r -> {
                    if (!r.get("id").isNull()) {
                        ids.put(r.get("key").asString(), r.get("id").asString());
                        linked.add(r.get("key").asString());
                    }
                });
        return ids;
    }

    /** {@return whether the key already led to an entity when it was claimed}: only the others need linking */
    boolean isLinked(String key) {
        return linked.contains(key);
    }
}
