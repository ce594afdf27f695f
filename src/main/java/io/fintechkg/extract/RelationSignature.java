package io.fintechkg.extract;

import static io.fintechkg.ontology.EntityType.COMMITTEE;
import static io.fintechkg.ontology.EntityType.EVENT;
import static io.fintechkg.ontology.EntityType.INSTITUTION;
import static io.fintechkg.ontology.EntityType.LAB;
import static io.fintechkg.ontology.EntityType.PERSON;
import static io.fintechkg.ontology.EntityType.PLACE;
import static io.fintechkg.ontology.EntityType.POLICY;
import static io.fintechkg.ontology.EntityType.PROJECT;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Which entity types each relation may join (GUIDELINES.md); a trigger that joins others misread the sentence. */
final class RelationSignature {

    private record Ends(Set<EntityType> sources, Set<EntityType> targets) {
    }

    private static final Set<EntityType> ACTORS = Set.of(INSTITUTION, COMMITTEE, LAB, PLACE);
    private static final Map<RelationType, Ends> ENDS = new EnumMap<>(RelationType.class);

    static {
        // a registered seat lands an alliance too (注册地位于)
        ENDS.put(RelationType.LANDED_IN, new Ends(Set.of(PROJECT, INSTITUTION, LAB, COMMITTEE), Set.of(PLACE)));
        ENDS.put(RelationType.SETTLED_IN, new Ends(Set.of(INSTITUTION, COMMITTEE, LAB), Set.of(PLACE)));
        ENDS.put(RelationType.MEMBER_OF, new Ends(Set.of(INSTITUTION, LAB), Set.of(COMMITTEE, INSTITUTION)));
        // a park unveiled at a summit (产业园揭牌) is launched there too
        ENDS.put(RelationType.LAUNCHED_AT, new Ends(Set.of(PROJECT, LAB, COMMITTEE, POLICY, PLACE), Set.of(EVENT)));
        ENDS.put(RelationType.HELD_AT, new Ends(Set.of(EVENT), Set.of(PLACE, INSTITUTION)));
        ENDS.put(RelationType.PART_OF, new Ends(Set.of(INSTITUTION, LAB, PROJECT, COMMITTEE),
                Set.of(INSTITUTION, COMMITTEE, LAB)));
        ENDS.put(RelationType.LOCATED_IN, new Ends(Set.of(PLACE), Set.of(PLACE)));
        ENDS.put(RelationType.TRANSFORMED_FROM, new Ends(Set.of(PLACE, INSTITUTION), Set.of(PLACE, INSTITUTION)));
        ENDS.put(RelationType.HOLDS_POSITION, new Ends(Set.of(PERSON), Set.of(INSTITUTION, COMMITTEE, LAB)));
        ENDS.put(RelationType.PARTNERS_WITH, new Ends(ACTORS, ACTORS));
        ENDS.put(RelationType.INVESTS_IN, new Ends(Set.of(INSTITUTION), Set.of(INSTITUTION, PROJECT)));
        ENDS.put(RelationType.ESTABLISHED, new Ends(ACTORS, Set.of(INSTITUTION, LAB, COMMITTEE, PROJECT)));
        ENDS.put(RelationType.ISSUED, new Ends(ACTORS, Set.of(POLICY)));
        ENDS.put(RelationType.ORGANIZED, new Ends(ACTORS, Set.of(EVENT)));
    }

    private RelationSignature() {
    }

    static boolean allows(RelationType type, EntityType source, EntityType target) {
        Ends ends = ENDS.get(type);
        return ends.sources.contains(source) && ends.targets.contains(target);
    }
}
