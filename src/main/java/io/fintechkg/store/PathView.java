package io.fintechkg.store;

import java.util.List;

/**
 * A path between two entities in walking order: {@code nodes} has one more element than {@code facts},
 * and {@code facts.get(i)} joins {@code nodes.get(i)} and {@code nodes.get(i + 1)} in either direction.
 */
public record PathView(List<EntityView> nodes, List<FactView> facts) {

    public PathView {
        if (nodes.size() != facts.size() + 1) {
            throw new IllegalArgumentException("a path has one node more than facts");
        }
        nodes = List.copyOf(nodes);
        facts = List.copyOf(facts);
    }
}
