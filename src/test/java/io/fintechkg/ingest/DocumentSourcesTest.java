package io.fintechkg.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourcesTest {

    @TempDir
    Path folder;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static List<Input> read(DocumentSources sources, String... arguments) {
        return sources.open(List.of(arguments)).toList();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void readsAFileWithItsNameAndAbsolutePath() throws IOException {
        Path file = write("a.txt", "浦东金融数据港开港");

        assertThat(read(new DocumentSources(), file.toString())).singleElement().isInstanceOfSatisfying(Document.class,
                document -> {
                    assertThat(document.name()).isEqualTo("a.txt");
                    assertThat(document.origin()).isEqualTo(file.toAbsolutePath().toString());
                    assertThat(new String(document.content(), UTF_8)).isEqualTo("浦东金融数据港开港");
                });
    }

    @Test
    void walksFoldersRecursivelyInNameOrder() throws IOException {
        write("b/2.txt", "2");
        write("a.txt", "a");
        write("c/d/e.txt", "e");
        write("b/1.txt", "1");

        assertThat(read(new DocumentSources(), folder.toString())).extracting(Input::origin).containsExactly(
                folder.resolve("a.txt").toString(), folder.resolve("b/1.txt").toString(),
                folder.resolve("b/2.txt").toString(), folder.resolve("c/d/e.txt").toString());
    }

    @Test
    void skipsHiddenFilesAndFoldersInsideFolders() throws IOException {
        write("news.txt", "n");
        write(".draft.txt", "d");
        write(".git/objects/x.txt", "x");

        assertThat(read(new DocumentSources(), folder.toString())).extracting(Input::name).containsExactly("news.txt");
    }

    @Test
    void keepsTheArgumentOrderAcrossFilesAndFolders() throws IOException {
        Path second = write("z/second.txt", "2");
        Path first = write("first.txt", "1");

        assertThat(read(new DocumentSources(), folder.resolve("z").toString(), first.toString()))
                .extracting(Input::name).containsExactly(second.getFileName().toString(), "first.txt");
    }

    @Test
    void refusesAFileOverTheLimitByItsSizeAlone() throws IOException {
        Path large = folder.resolve("large.txt");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(52_428_800); // sparse: takes no disk, and reading it would not give its exact size
        }

        assertThat(read(new DocumentSources(), large.toString())).singleElement().isEqualTo(new Unreadable(
                "large.txt", large.toString(), "too large: 52,428,800 bytes, limit 10,485,760"));
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        Path file = write("sixteen.txt", "0123456789abcdef");

        assertThat(read(new DocumentSources(16), file.toString()))
                .singleElement().isInstanceOf(Document.class);
    }

    @Test
    void readsStandardInputForADash() {
        DocumentSources sources = new DocumentSources(DocumentSources.DEFAULT_SIZE_LIMIT, Duration.ofSeconds(1),
                () -> new ByteArrayInputStream("正文".getBytes(UTF_8)));

        assertThat(read(sources, "-")).singleElement().isInstanceOfSatisfying(Document.class, document -> {
            assertThat(document.name()).isEqualTo("stdin");
            assertThat(document.origin()).isEqualTo("-");
            assertThat(new String(document.content(), UTF_8)).isEqualTo("正文");
        });
    }

    @Test
    void refusesStandardInputOverTheLimitAfterReadingOneByteMore() {
        DocumentSources sources = new DocumentSources(16, Duration.ofSeconds(1),
                () -> new ByteArrayInputStream(new byte[1000]));

        assertThat(read(sources, "-")).singleElement()
                .isEqualTo(new Unreadable("stdin", "-", "too large: more than 16 bytes, limit 16"));
    }

    @Test
    void reportsAMissingFileAndGoesOn() throws IOException {
        Path present = write("present.txt", "p");

        List<Input> inputs = read(new DocumentSources(), folder.resolve("missing.txt").toString(), present.toString());

        assertThat(inputs.getFirst()).isInstanceOfSatisfying(Unreadable.class, unreadable -> {
            assertThat(unreadable.name()).isEqualTo("missing.txt");
            assertThat(unreadable.reason()).isEqualTo("no such file or folder");
        });
        assertThat(inputs.get(1)).isInstanceOf(Document.class);
    }

    @Test
    void readsEachFileOnlyWhenTheStreamReachesIt() throws IOException {
        Path first = write("1.txt", "one");
        Path second = write("2.txt", "before");

        Iterator<Input> inputs = new DocumentSources().open(List.of(folder.toString())).iterator();
        assertThat(inputs.next().origin()).isEqualTo(first.toString());
        Files.writeString(second, "after");

        assertThat(inputs.next()).isInstanceOfSatisfying(Document.class,
                document -> assertThat(new String(document.content(), UTF_8)).isEqualTo("after"));
        assertThat(inputs.hasNext()).isFalse();
    }

    @Test
    void fetchesAUrlNamedByTheLastSegmentOfItsPath() throws IOException {
        String base = serve("/roll/doc-ikmxzfmm0014692.shtml", 200, "<p>正文</p>".getBytes(UTF_8));

        assertThat(read(new DocumentSources(), base + "/roll/doc-ikmxzfmm0014692.shtml")).singleElement()
                .isInstanceOfSatisfying(Document.class, document -> {
                    assertThat(document.name()).isEqualTo("doc-ikmxzfmm0014692.shtml");
                    assertThat(document.origin()).isEqualTo(base + "/roll/doc-ikmxzfmm0014692.shtml");
                    assertThat(new String(document.content(), UTF_8)).isEqualTo("<p>正文</p>");
                });
    }

    @Test
    void namesAUrlWithoutPathByItsHost() {
        assertThat(DocumentReader.nameOf("https://finance.sina.com.cn/")).isEqualTo("finance.sina.com.cn");
        assertThat(DocumentReader.nameOf("https://finance.sina.com.cn/a/b.shtml?x=1")).isEqualTo("b.shtml");
    }

    @Test
    void reportsTheHttpStatusOfAFailedFetch() throws IOException {
        String base = serve("/gone.html", 404, "no".getBytes(UTF_8));

        assertThat(read(new DocumentSources(), base + "/gone.html")).singleElement()
                .isEqualTo(new Unreadable("gone.html", base + "/gone.html", "HTTP status 404"));
    }

    @Test
    void refusesAFetchedBodyOverTheLimit() throws IOException {
        String base = serve("/big.html", 200, new byte[100]);

        assertThat(read(new DocumentSources(16, Duration.ofSeconds(5), () -> null), base + "/big.html"))
                .singleElement().isInstanceOfSatisfying(Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).startsWith("too large: ").endsWith("limit 16"));
    }

    @Test
    void givesUpOnAServerSlowerThanTheTimeout() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/slow.html", exchange -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow.html";

        assertThat(read(new DocumentSources(16, Duration.ofMillis(200), () -> null), url)).singleElement()
                .isInstanceOfSatisfying(Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).startsWith("timed out"));
    }

    private String serve(String path, int status, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
