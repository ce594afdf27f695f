package io.fintechkg.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * What a field costs: 1 plus its children, times its page size when it takes {@code first}, so that nested pages
 * multiply. The result saturates just above the limit: the sum can then never overflow, and any field over the
 * limit still puts the whole query over it.
 */
record PageSizeComplexity(int maxComplexity) implements FieldComplexityCalculator {

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long cost = 1L + Math.max(childComplexity, 0);
        if (environment.getArguments().get("first") instanceof Number first) {
            cost *= Math.max(first.longValue(), 1);
        }
        return (int) Math.min(cost, maxComplexity + 1L);
    }
}
