package io.fintechkg.ontology;

import static io.fintechkg.ontology.EntityType.COMMITTEE;
import static io.fintechkg.ontology.EntityType.EVENT;
import static io.fintechkg.ontology.EntityType.INSTITUTION;
import static io.fintechkg.ontology.EntityType.LAB;
import static io.fintechkg.ontology.EntityType.PERSON;
import static io.fintechkg.ontology.EntityType.PLACE;
import static io.fintechkg.ontology.EntityType.POLICY;
import static io.fintechkg.ontology.EntityType.PROJECT;

import java.util.Set;

/**
 * The fourteen relation types of the ontology (GUIDELINES.md), each with the entity types it may join; the name is
 * the Neo4j relationship type. A trigger that joins other types misread the sentence.
 *
 * <p>PLACE is a source of PARTNERS_WITH, ESTABLISHED, ISSUED and ORGANIZED because a place name may stand for its
 * government as the actor of a sentence (上海市发布《…》, 福田区与…签署战略合作协议).
 */
public enum RelationType {
    // a registered seat lands an alliance too (注册地位于)
    LANDED_IN(Set.of(PROJECT, INSTITUTION, LAB, COMMITTEE), Set.of(PLACE)),
    SETTLED_IN(Set.of(INSTITUTION, COMMITTEE, LAB), Set.of(PLACE)),
    MEMBER_OF(Set.of(INSTITUTION, LAB), Set.of(COMMITTEE, INSTITUTION)),
    // a park unveiled at a summit (产业园揭牌) is launched there too
    LAUNCHED_AT(Set.of(PROJECT, LAB, COMMITTEE, POLICY, PLACE), Set.of(EVENT)),
    HELD_AT(Set.of(EVENT), Set.of(PLACE, INSTITUTION)),
    PART_OF(Set.of(INSTITUTION, LAB, PROJECT, COMMITTEE), Set.of(INSTITUTION, COMMITTEE, LAB)),
    LOCATED_IN(Set.of(PLACE), Set.of(PLACE)),
    TRANSFORMED_FROM(Set.of(PLACE, INSTITUTION), Set.of(PLACE, INSTITUTION)),
    HOLDS_POSITION(Set.of(PERSON), Set.of(INSTITUTION, COMMITTEE, LAB)),
    PARTNERS_WITH(Set.of(INSTITUTION, COMMITTEE, LAB, PLACE), Set.of(INSTITUTION, COMMITTEE, LAB, PLACE)),
    INVESTS_IN(Set.of(INSTITUTION), Set.of(INSTITUTION, PROJECT)),
    ESTABLISHED(Set.of(INSTITUTION, COMMITTEE, LAB, PLACE), Set.of(INSTITUTION, LAB, COMMITTEE, PROJECT)),
    ISSUED(Set.of(INSTITUTION, COMMITTEE, LAB, PLACE), Set.of(POLICY)),
    ORGANIZED(Set.of(INSTITUTION, COMMITTEE, LAB, PLACE), Set.of(EVENT));

    private final Set<EntityType> sources;
    private final Set<EntityType> targets;

    RelationType(Set<EntityType> sources, Set<EntityType> targets) {
        this.sources = sources;
        this.targets = targets;
    }

    /** {@return the entity types that may stand at the start of the relation} */
    public Set<EntityType> sources() {
        return sources;
    }

    /** {@return the entity types that may stand at the end of the relation} */
    public Set<EntityType> targets() {
        return targets;
    }

    /** {@return whether the relation may lead from an entity of the one type to an entity of the other} */
    public boolean allows(EntityType source, EntityType target) {
        return sources.contains(source) && targets.contains(target);
    }

    /** {@return whether the relation reads the same both ways, so that A→B and B→A are one fact} */
    public boolean symmetric() {
        return this == PARTNERS_WITH;
    }
}
