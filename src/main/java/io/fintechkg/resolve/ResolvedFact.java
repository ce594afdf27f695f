package io.fintechkg.resolve;

import io.fintechkg.extract.Evidence;
import io.fintechkg.ontology.RelationType;
import java.util.List;

/**
 * One fact of one article between two resolved entities.
 *
 * @param id       hash of (source id, type, target id); for a symmetric type the smaller id is the source
 * @param sourceId the source entity's id
 * @param type     the relation type
 * @param targetId the target entity's id
 * @param evidence the sentences of this article that state it
 */
public record ResolvedFact(String id, String sourceId, RelationType type, String targetId, List<Evidence> evidence) {

    /** {@return the best confidence among its evidence} */
    public double confidence() {
        return evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }
}
