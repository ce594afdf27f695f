package io.fintechkg.store;

import io.fintechkg.resolve.AliasLookup;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The resolution state in the graph, {@code (:Alias {key})-[:ALIAS_OF]->(:Entity)}, as resolve's lookup port.
 * Bound to a transaction by the writer so that an article is resolved against the graph it is written into.
 */
public final class AliasDirectory implements AliasLookup {

    private static final String FIND = """
            UNWIND $keys AS key
            MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
            RETURN key, e.id AS id
            """;

    private final SimpleQueryRunner runner;

    public AliasDirectory(SimpleQueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public Map<String, String> entityIds(Collection<String> keys) {
        var ids = new HashMap<String, String>();
        runner.run(FIND, Map.of("keys", List.copyOf(keys)))
                .forEachRemaining(r -> ids.put(r.get("key").asString(), r.get("id").asString()));
        return ids;
    }
}
