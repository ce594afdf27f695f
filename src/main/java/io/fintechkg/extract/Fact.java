package io.fintechkg.extract;

import io.fintechkg.ontology.RelationType;

/**
 * A relation as a rule reads it, before entity forms are resolved to entity names.
 *
 * @param source     a form of the source entity
 * @param type       the relation
 * @param target     a form of the target entity
 * @param at         an offset in the clean text inside the sentence that states it
 * @param confidence how sure the rule is
 * @param rule       the rule, e.g. {@code trigger:入驻}
 */
record Fact(String source, RelationType type, String target, int at, double confidence, String rule) {
}
