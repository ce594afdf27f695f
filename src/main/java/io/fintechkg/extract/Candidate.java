package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;

/**
 * A name one rule found in the text.
 *
 * @param start    start offset in the clean text
 * @param end      end offset (exclusive)
 * @param name     the name as the entity should be called (without 简称 parentheticals and quotes)
 * @param type     the entity type the rule gives it
 * @param rule     the rule that found it
 * @param priority how much the rule's span and type weigh against an overlapping candidate (higher wins)
 * @param aliases  other forms the rule saw for the same entity
 */
record Candidate(int start, int end, String name, EntityType type, String rule, int priority, List<String> aliases) {

    Candidate(int start, int end, String name, EntityType type, String rule, int priority) {
        this(start, end, name, type, rule, priority, List.of());
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
