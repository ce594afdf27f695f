package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer in a real browser: Debian's Chromium, driven by Playwright from
 * {@code src/test/browser/explorer.test.mjs}, against this server with the samples ingested through the API.
 * Screenshots land in {@code target/screenshots}. Locally the test is skipped when Chromium is not installed;
 * in CI ({@code CI=true}) it always runs, since {@code .ci/run} installs Chromium.
 */
class ExplorerBrowserIT extends GraphIntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCRIPT = Path.of("src/test/browser/explorer.test.mjs");
    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Test
    void explorerSearchesShowsEvidenceFindsPathsAndRendersArticleTextAsText() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.isExecutable(CHROMIUM),
                "skipped: no browser at " + CHROMIUM + " (apt-get install -y chromium fonts-noto-cjk to run it)");

        var command = List.of("node", SCRIPT.toString(), "http://localhost:" + port + "/", SCREENSHOTS.toString(),
                "--samples=" + SAMPLES);
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve("explorer-test.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Process node = builder.start();
        boolean finished = node.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("browser test finished in time").isTrue();
        assertThat(node.exitValue()).as("browser test output:\n%s", output).isZero();
        assertThat(SCREENSHOTS.resolve("03-evidence.png")).exists();
    }
}
