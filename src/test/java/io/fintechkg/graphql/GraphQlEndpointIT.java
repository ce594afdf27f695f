package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The GraphQL endpoint over HTTP, on the embedded graph. */
@AutoConfigureHttpGraphQlTester
class GraphQlEndpointIT extends GraphIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void unknownNamesGiveNullNotErrors() {
        graphQl.documentName("unknownNames").execute()
                .path("entity").valueIsNull()
                .path("path").valueIsNull()
                .path("timeline").valueIsNull()
                .path("article").valueIsNull();
    }

    @Test
    void refusesANineLevelNestedQueryOverHundredWidePages() {
        graphQl.documentName("nineLevelsOf100").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("kg.api.max-")));
    }

    @Test
    void refusesPagesOverTheCapNamingTheField() {
        graphQl.documentName("oversizedPage").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains("'first'", "100");
                    assertThat(e.getPath()).isEqualTo("articles");
                }));
    }

    @Test
    void countsTheGraph() {
        graphQl.documentName("stats").execute().path("stats.byType").entityList(Object.class).hasSize(8)
                .path("stats.byRelationType").entityList(Object.class).hasSize(14);
    }
}
