package io.fintechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's data tables: each one reads, and the version follows their content. */
class ExtractionTablesTest {

    @TempDir
    Path folder;

    @Test
    void everyBundledTableHasAHeaderAndRows() {
        ExtractionTables tables = ExtractionTables.bundled();
        for (String name : ExtractionTables.NAMES) {
            assertThat(tables.rows(name)).as(name).isNotEmpty();
        }
        assertThat(tables.rows("institutions")).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(tables.digest()).matches("[0-9a-f]{12}");
    }

    @Test
    void theDigestFollowsTheContentNotTheFolder() throws IOException {
        String bundled = ExtractionTables.bundled().digest();
        Files.writeString(folder.resolve("institutions.tsv"), bundledText("institutions"));
        assertThat(ExtractionTables.withReplacements(folder).digest()).isEqualTo(bundled);

        Files.writeString(folder.resolve("institutions.tsv"), bundledText("institutions")
                + "鸿鹄数字科技有限公司\tInstitution\ttechnology\t鸿鹄数科\t\ttest\n");
        assertThat(ExtractionTables.withReplacements(folder).digest()).isNotEqualTo(bundled);
    }

    @Test
    void theExtractorsVersionNamesItsRulesAndTables() throws IOException {
        String bundled = new RuleBasedExtractor().version();
        assertThat(bundled).isEqualTo(RuleBasedExtractor.RULES + "+" + ExtractionTables.bundled().digest());
        Files.writeString(folder.resolve("regions.tsv"), bundledText("regions") + "闽三角\t\n");
        assertThat(new RuleBasedExtractor(ExtractionTables.withReplacements(folder)).version()).isNotEqualTo(bundled);
    }

    @Test
    void aRowLongerThanItsHeaderIsRefusedWithTableAndLine() throws IOException {
        Files.writeString(folder.resolve("quantifiers.tsv"), "# comment\nword\n不少\n众多\textra\n");
        assertThatThrownBy(() -> ExtractionTables.withReplacements(folder))
                .hasMessage("quantifiers.tsv line 4: 2 cells, the header names 1");
    }

    @Test
    void triggerWordsAreChineseWordsOnly() throws IOException {
        Files.writeString(folder.resolve("triggers.tsv"), bundledText("triggers") + "LAND\t落(户\t\n");
        ExtractionTables tables = ExtractionTables.withReplacements(folder);
        assertThatThrownBy(() -> new RuleBasedExtractor(tables)).hasMessageContaining("落(户");
    }

    @Test
    void aMissingFolderOfTablesIsAnErrorNotTheBundledTables() {
        assertThatThrownBy(() -> ExtractionTables.withReplacements(folder.resolve("typo")))
                .hasMessageContaining("no folder of extraction tables at").hasMessageContaining("typo");
    }

    private static String bundledText(String table) throws IOException {
        try (InputStream in = ExtractionTablesTest.class.getClassLoader().getResourceAsStream("extract/" + table + ".tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
