package io.fintechkg.store;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.Map;

/** How big the graph is: node and fact counts, per entity type and per relation type. */
public record GraphStats(long articles, long entities, long facts, Map<EntityType, Long> byType,
        Map<RelationType, Long> byRelationType) {
}
