package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.FieldComplexityEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageSizeComplexityTest {

    private final PageSizeComplexity complexity = new PageSizeComplexity(20000);

    private static FieldComplexityEnvironment field(Map<String, Object> arguments) {
        return new FieldComplexityEnvironment(null, null, null, arguments, null);
    }

    @Test
    void aPlainFieldCostsOnePlusItsChildren() {
        assertThat(complexity.calculate(field(Map.of()), 0)).isEqualTo(1);
        assertThat(complexity.calculate(field(Map.of("name", "x")), 4)).isEqualTo(5);
    }

    @Test
    void aPageMultipliesItsChildrenByItsSize() {
        assertThat(complexity.calculate(field(Map.of("first", 50)), 3)).isEqualTo(200);
        assertThat(complexity.calculate(field(Map.of("first", 0)), 3)).isEqualTo(4);
    }

    @Test
    void nestedPagesSaturateJustAboveTheLimitInsteadOfOverflowing() {
        int cost = 1;
        for (int level = 0; level < 9; level++) {
            cost = complexity.calculate(field(Map.of("first", 100)), cost * 3);
        }
        assertThat(cost).isEqualTo(20001);
    }
}
