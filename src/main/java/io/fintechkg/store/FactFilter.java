package io.fintechkg.store;

import io.fintechkg.ontology.RelationType;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which facts of an entity to read. Every part is optional ({@code null} or empty means any).
 * A date window keeps the facts whose [firstSeen, lastSeen] overlaps it; undated facts drop out of a window.
 */
public record FactFilter(Set<RelationType> types, FactDirection direction, Double minConfidence, LocalDate since,
        LocalDate until) {

    public FactFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        direction = direction == null ? FactDirection.BOTH : direction;
    }

    /** {@return the filter that keeps every fact} */
    public static FactFilter any() {
        return new FactFilter(Set.of(), FactDirection.BOTH, null, null, null);
    }
}
