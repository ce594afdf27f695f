package io.fintechkg.resolve;

import java.util.Collection;
import java.util.Map;

/**
 * The resolution state of earlier articles: which alias keys already name an entity. The store implements it over
 * {@code (:Alias {key})-[:ALIAS_OF]->(:Entity)}; resolve only asks.
 */
@FunctionalInterface
public interface AliasLookup {

    /** {@return the entity id of every given key that is known; unknown keys are absent} */
    Map<String, String> entityIds(Collection<String> keys);

    /** {@return a lookup that knows nothing, as for the first article into an empty graph} */
    static AliasLookup empty() {
        return keys -> Map.of();
    }
}
