package io.fintechkg.extract;

import io.fintechkg.ontology.RelationType;
import java.util.List;

/**
 * One fact as one article states it. {@code source} and {@code target} are the {@link ExtractedEntity#name()}s
 * of two entities of the same extraction.
 */
public record ExtractedRelation(String source, RelationType type, String target, double confidence,
        List<Evidence> evidence) {
}
