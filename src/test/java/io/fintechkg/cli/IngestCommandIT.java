package io.fintechkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code ingest} command as a user runs it, in-process: each run starts its own application on its own store,
 * except the lock test, which aims at the store the shared test application holds.
 */
class IngestCommandIT extends GraphIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void ingestsAFolderReportsTheBrokenFileAndExitsNonZero() throws IOException {
        Path broken = Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, (byte) 0xff});
        String dataDir = "--kg.data-dir=" + folder.resolve("data");

        var first = run("ingest", "src/main/resources/samples", broken.toString(), dataDir);
        var second = run("ingest", "src/main/resources/samples", dataDir);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("12 articles: 11 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(first.err()).contains("FAILED " + broken + ": ");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("11 articles: 0 new, 0 updated, 11 unchanged, 0 failed; 0 entities and 0 facts");
    }

    @Test
    void explainsAStoreHeldByARunningServerInsteadOfWaiting() {
        var result = run("ingest", "src/main/resources/samples", "--kg.data-dir=" + DATA_DIR);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdErr()).contains("in use by another process", "--spring.neo4j.uri=bolt://", "ingestArticle");
    }

    private record Result(int exitCode, String out, String err, String stdErr) {
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var stdErr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stdErr, true, StandardCharsets.UTF_8));
        try {
            int exitCode = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute(args);
            return new Result(exitCode, out.toString(), err.toString(), stdErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
