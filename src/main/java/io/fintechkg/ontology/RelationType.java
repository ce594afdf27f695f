package io.fintechkg.ontology;

/** The fourteen relation types of the ontology (GUIDELINES.md); the name is the Neo4j relationship type. */
public enum RelationType {
    LANDED_IN, SETTLED_IN, MEMBER_OF, LAUNCHED_AT, HELD_AT, PART_OF, LOCATED_IN, TRANSFORMED_FROM,
    HOLDS_POSITION, PARTNERS_WITH, INVESTS_IN, ESTABLISHED, ISSUED, ORGANIZED;

    /** {@return whether the relation reads the same both ways, so that A→B and B→A are one fact} */
    public boolean symmetric() {
        return this == PARTNERS_WITH;
    }
}
