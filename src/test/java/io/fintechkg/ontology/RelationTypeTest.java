package io.fintechkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A relation joins only the entity types declared for its ends, in their direction. */
class RelationTypeTest {

    @ParameterizedTest(name = "{1} {0} {2}: {3}")
    @CsvSource({
            "LANDED_IN,      PROJECT,     PLACE,       true",
            "LANDED_IN,      COMMITTEE,   PLACE,       true", // a registered seat
            "LANDED_IN,      PLACE,       PROJECT,     false", // the wrong way round
            "LAUNCHED_AT,    PLACE,       EVENT,       true", // a park unveiled at a summit
            "LAUNCHED_AT,    PERSON,      EVENT,       false",
            "HELD_AT,        EVENT,       INSTITUTION, true",
            "HELD_AT,        PLACE,       EVENT,       false",
            "ISSUED,         PLACE,       POLICY,      true", // a place standing for its government
            "ISSUED,         PERSON,      POLICY,      false",
            "MEMBER_OF,      INSTITUTION, PLACE,       false",
            "HOLDS_POSITION, PERSON,      COMMITTEE,   true",
    })
    void joinsOnlyTheDeclaredEnds(RelationType type, EntityType source, EntityType target, boolean allowed) {
        assertThat(type.allows(source, target)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"PARTNERS_WITH, true", "MEMBER_OF, false", "TRANSFORMED_FROM, false"})
    void onlyPartnershipReadsTheSameBothWays(RelationType type, boolean symmetric) {
        assertThat(type.symmetric()).isEqualTo(symmetric);
    }
}
