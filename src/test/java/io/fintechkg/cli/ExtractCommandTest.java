package io.fintechkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract} prints one JSON line per article, reports a bad file by name and carries on with the others. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ExtractCommand command = new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    @Test
    void printsOneJsonLinePerArticleWithEntitiesRelationsAndEvidence() throws IOException {
        Path article = Files.writeString(dir.resolve("bank.txt"), """
                ---
                title: '银行签约'
                ---
                建设银行与腾讯在深圳举行战略合作协议签约仪式。建设银行行长王良表示，双方将深化合作。
                """);
        assertThat(run("--format", "json", article.toString())).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(lines[0]);
        assertThat(json.get("article").asString()).isEqualTo("bank.txt");
        assertThat(json.get("title").asString()).isEqualTo("银行签约");
        assertThat(json.get("entities").valueStream().map(e -> e.get("name").asString()))
                .contains("建设银行", "腾讯", "王良");
        JsonNode relation = json.get("relations").valueStream()
                .filter(r -> r.get("type").asString().equals("HOLDS_POSITION")).findFirst().orElseThrow();
        JsonNode evidence = relation.get("evidence").get(0);
        assertThat(evidence.get("sentence").asString()).contains("行长王良");
        assertThat(evidence.get("end").asInt()).isGreaterThan(evidence.get("start").asInt());
    }

    @Test
    void reportsAMissingFileByNameAndStillExtractsTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "招商银行发布年报。");
        int status = run("--format", "text", dir.resolve("missing.txt").toString(), good.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("good.txt").contains("招商银行");
    }

    @Test
    void helpExplainsTheFormats() {
        new CommandLine(new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).usage(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format").contains("JSON Lines");
    }
}
