package io.fintechkg.store;

import io.fintechkg.ontology.RelationType;
import java.time.LocalDate;
import java.util.List;

/**
 * One fact (a relationship between two entities), merged across the articles that state it.
 *
 * @param id           the relationship's {@code id}, which its evidence nodes carry as {@code factId}
 * @param firstSeen    the earliest date of an article stating it, or {@code null} when none is dated
 * @param lastSeen     the latest such date, or {@code null}
 * @param evidence     its evidence, strongest first, when the read brought it along; {@code null} when it did not
 */
public record FactView(String id, RelationType type, EntityView source, EntityView target, double confidence,
        int articleCount, LocalDate firstSeen, LocalDate lastSeen, List<EvidenceView> evidence) {
}
