package io.fintechkg.ontology;

import static io.fintechkg.ontology.OntologySource.EXPLORER;
import static io.fintechkg.ontology.OntologySource.GUIDELINES;
import static io.fintechkg.ontology.OntologySource.MIGRATIONS;
import static io.fintechkg.ontology.OntologySource.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GraphQL schema, the migrations, the explorer and the guidelines state the ontology exactly as
 * {@link EntityType} and {@link RelationType} declare it. Each check reads the files on disk; the table at the end
 * breaks a copy of each file in one place and shows that its check names the disagreement.
 */
class OntologyParityTest {

    private static final String SCHEMA_FILE = "graphql-schema/schema.graphqls";
    private static final String FACT_ID_MIGRATION = "cypher/migrations/V0002__Index_fact_ids.cypher";
    private static final String EXPLORER_FILE = "src/main/frontend/explorer/ontology.js";
    private static final String GUIDELINES_FILE = "docs/GUIDELINES.md";

    @Test
    void graphQlSchemaEnumsListExactlyTheDeclaredTypes() {
        assertAgrees(SCHEMA);
    }

    @Test
    void migrationsIndexTheFactIdOfEveryRelationTypeAndOfNoOther() {
        assertAgrees(MIGRATIONS);
    }

    @Test
    void explorerListsExactlyTheDeclaredTypes() {
        assertAgrees(EXPLORER);
    }

    @Test
    void guidelinesStateTheDeclaredTypesAndTheirEnds() {
        assertAgrees(GUIDELINES);
    }

    @Test
    void schemaEnumValuesAreReadPastDescriptionsCommentsAndDirectives() {
        String schema = """
                "Kinds of entity; LAB is not one of them" enum EntityType {
                    "a company or a bank" INSTITUTION # PROJECT is not a value
                    PLACE @deprecated(reason: "use LOCATION")
                }
                extend enum EntityType { PERSON }
                """;
        assertThat(SchemaEnums.values(schema, "EntityType")).containsExactly("INSTITUTION", "PLACE", "PERSON");
    }

    @Test
    void explorerKeysAreReadPastQuotesCommentsAndValuesWithCommas() {
        String script = """
                export const ENTITY_LABELS = {
                  'Institution': '机构, 公司', // a comment, with a colon: Lab
                  "Committee": '委员会/联盟',
                  Place: { zh: '地点', en: 'Place' },
                };
                """;
        assertThat(ExplorerTypeLists.keys(script, "ENTITY_LABELS"))
                .hasValue(List.of("Institution", "Committee", "Place"));
    }

    @ParameterizedTest(name = "{1}: {4}")
    @MethodSource("breakages")
    void namesTheDisagreementWhenOneFileIsBroken(OntologySource source, String file, String text, String replacement,
            String disagreement) {
        SortedMap<String, String> files = source.read();
        assertThat(files.get(file)).withFailMessage("%s no longer contains the text this row replaces: %s", file, text)
                .contains(text);
        files.put(file, files.get(file).replace(text, replacement));

        assertThat(source.disagreementsIn(files)).anySatisfy(found -> assertThat(found).startsWith(source.folder())
                .contains(disagreement));
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                arguments(SCHEMA, SCHEMA_FILE, "PERSON POLICY }", "PERSON }", "enum EntityType: missing POLICY"),
                arguments(SCHEMA, SCHEMA_FILE, "ISSUED ORGANIZED", "ISSUED ORGANIZED ACQUIRED",
                        "enum RelationType: extra ACQUIRED"),
                arguments(SCHEMA, SCHEMA_FILE, "enum RelationType {", "enum RelationKind {", "no enum RelationType"),
                arguments(MIGRATIONS, FACT_ID_MIGRATION,
                        "CREATE INDEX fact_id_issued IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);", "",
                        "no index fact_id_issued FOR ()-[r:ISSUED]-() ON (r.id)"),
                arguments(MIGRATIONS, FACT_ID_MIGRATION, "[r:HELD_AT]-() ON (r.id)", "[r:HELD_AT]-() ON (r.uuid)",
                        "index fact_id_held_at is FOR ()-[r:HELD_AT]-() ON (r.uuid), not"),
                arguments(MIGRATIONS, FACT_ID_MIGRATION, "[r:ORGANIZED]", "[r:ORGANISED]",
                        "index fact_id_organized is on ORGANISED, which is no relation type"),
                arguments(MIGRATIONS, FACT_ID_MIGRATION, "CREATE INDEX fact_id_issued",
                        "CREATE INDEX fact_id_acquired IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);\n"
                                + "CREATE INDEX fact_id_issued", "index fact_id_acquired names no relation type"),
                arguments(MIGRATIONS, FACT_ID_MIGRATION, "FOR ()-[r:ORGANIZED]-() ON (r.id);",
                        "FOR ()-[r:ORGANIZED]-() ON (r.id);\nDROP INDEX fact_id_issued IF EXISTS;",
                        "no index fact_id_issued"),
                arguments(EXPLORER, EXPLORER_FILE, "  Policy: '#475569',\n", "", "ENTITY_COLOURS: missing Policy"),
                arguments(EXPLORER, EXPLORER_FILE, "Person: '人物', ", "", "ENTITY_LABELS: missing Person"),
                arguments(EXPLORER, EXPLORER_FILE, "ORGANIZED: '主办'", "ORGANISED: '主办'",
                        "RELATION_LABELS: extra ORGANISED"),
                arguments(GUIDELINES, GUIDELINES_FILE, "| `Person` | named people | 袁涛 |\n", "",
                        "Entity types table: missing Person"),
                arguments(GUIDELINES, GUIDELINES_FILE, "| `LOCATED_IN` | Place → Place |",
                        "| `LOCATED_AT` | Place → Place |",
                        "Relationship types table: missing LOCATED_IN"),
                arguments(GUIDELINES, GUIDELINES_FILE, "| Person → Institution, Committee, Lab |",
                        "| Person → Institution, Committee |", "HOLDS_POSITION targets: missing Lab"),
                arguments(GUIDELINES, GUIDELINES_FILE, "| Institution → Institution, Project (a fund) |",
                        "| Institution → Institution (a fund, or a project) |", "INVESTS_IN targets: missing Project"),
                arguments(GUIDELINES, GUIDELINES_FILE, "| Project, Institution, Lab, Committee → Place |",
                        "| Project, Institution, Lab → Place |",
                        "LANDED_IN sources (its row with the paragraph on places): missing Committee"),
                arguments(GUIDELINES, GUIDELINES_FILE, "`PARTNERS_WITH` and `ESTABLISHED`", "`PARTNERS_WITH`",
                        "ESTABLISHED sources (its row with the paragraph on places): missing Place"),
                arguments(GUIDELINES, GUIDELINES_FILE, "the source of `ISSUED`", "the source of `HELD_AT`, `ISSUED`",
                        "HELD_AT sources (its row with the paragraph on places): extra Place"),
                arguments(GUIDELINES, GUIDELINES_FILE, "the source of `ISSUED`", "the source of `ISSUES`",
                        "paragraph on places: extra ISSUES"));
    }

    private static void assertAgrees(OntologySource source) {
        List<String> disagreements = source.disagreementsIn(source.read());
        assertThat(disagreements)
                .withFailMessage(() -> "%s disagrees with io.fintechkg.ontology:%n  %s"
                        .formatted(source.files(), String.join("\n  ", disagreements)))
                .isEmpty();
    }
}
