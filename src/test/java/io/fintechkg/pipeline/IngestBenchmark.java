package io.fintechkg.pipeline;

import io.fintechkg.FintechKgApplication;
import io.fintechkg.ingest.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Ingest throughput into the embedded database: the bundled samples, each copy made a distinct article (its own
 * file name, URL and date), through the whole pipeline as the {@code ingest} command runs it (parallel, one
 * transaction per article). Not a test; run with {@code ./mvnw test-compile exec:exec@bench -Dbench.articles=10000}
 * (add {@code -Dbench.args="--kg.ingest.writers=16"} to try other settings). Prints articles/s, facts/s, peak heap.
 */
public final class IngestBenchmark {

    private static final Pattern DATE = Pattern.compile("(?m)^date:.*$");
    private static final Pattern URL = Pattern.compile("(?m)^url:\\s*'?([^'\\s]+)'?\\s*$");

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String[] settings = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[0];
        Path dataDir = Files.createTempDirectory("fintech-kg-bench");
        List<Document> samples = SampleArticles.bundled();
        try (var context = new SpringApplicationBuilder(FintechKgApplication.class).web(WebApplicationType.NONE)
                .properties("kg.data-dir=" + dataDir, "kg.bolt.port=0", "kg.samples.load-on-empty=false",
                        "logging.level.root=WARN")
                .run(settings)) {
            // warm-up: HanLP dictionaries, query plans
            context.getBean(ArticleIngestion.class).ingest(variant(samples.getFirst(), -1));
            var summary = new IngestSummary();
            long start = System.nanoTime();
            // generated lazily, as the ingest command streams files: the heap holds only what is in flight
            Stream<Document> documents = IntStream.range(0, articles)
                    .mapToObj(i -> variant(samples.get(i % samples.size()), i));
            context.getBean(ParallelIngestion.class).ingest(documents, outcome -> {
                summary.add(outcome);
                if (summary.total() % 1000 == 0) {
                    System.out.printf(Locale.ROOT, "%,d articles, %.1f articles/s%n", summary.total(),
                            summary.total() / seconds(start));
                }
            });
            double seconds = seconds(start);
            System.out.println(summary);
            System.out.printf(Locale.ROOT, "%,d articles in %.1f s: %.1f articles/s, %.1f facts/s; peak heap %,d MB%n",
                    articles, seconds, articles / seconds, summary.factsStated() / seconds, peakHeap() >> 20);
        }
    }

    /** The sample as the {@code n}th distinct article: its own name, URL (when it has one) and date. */
    static Document variant(Document sample, int n) {
        String text = new String(sample.content(), StandardCharsets.UTF_8);
        String date = LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(n, 2000)).toString();
        text = DATE.matcher(text).replaceFirst("date: " + date);
        text = URL.matcher(text).replaceFirst("url: '$1?copy=" + n + "'");
        String name = "bench-" + n + "-" + sample.name();
        return new Document(name, "bench:" + name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
