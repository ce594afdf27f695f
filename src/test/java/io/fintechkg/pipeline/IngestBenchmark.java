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
 * transaction per article). Not a test; run with {@code ./mvnw test-compile exec:exec@bench -Dbench.articles=20000}
 * (add {@code -Dbench.args="--kg.ingest.writers=16"} to try other settings).
 *
 * <p>Like a JMH run it has a warm-up: the first {@code bench.warmup} articles (default 5,000) go in uncounted, while
 * the JIT compiles Neo4j's and the extractor's hot code (on two cores that takes minutes and a fifth of the CPU).
 * Then {@code bench.articles} are timed: that rate is the sustained one a long batch sees. It prints the rate of
 * every 1,000 articles, the whole run's rate with the warm-up included, facts/s and the peak heap.
 */
public final class IngestBenchmark {

    private static final Pattern DATE = Pattern.compile("(?m)^date:.*$");
    private static final Pattern URL = Pattern.compile("(?m)^url:\\s*'?([^'\\s]+)'?\\s*$");
    private static final int REPORT_EVERY = 1000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String[] settings = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[0];
        int warmup = Integer.getInteger("bench.warmup", 5_000);
        Path dataDir = Files.createTempDirectory("fintech-kg-bench");
        List<Document> samples = SampleArticles.bundled();
        try (var context = new SpringApplicationBuilder(FintechKgApplication.class).web(WebApplicationType.NONE)
                .properties("kg.data-dir=" + dataDir, "kg.bolt.port=0", "kg.samples.load-on-empty=false",
                        "logging.level.root=WARN")
                .run(settings)) {
            var ingestion = context.getBean(ParallelIngestion.class);
            long start = System.nanoTime();
            var warmupSummary = run(ingestion, samples, 0, warmup, "warm-up");
            long measured = System.nanoTime();
            var summary = run(ingestion, samples, warmup, articles, "measured");
            double seconds = seconds(measured);
            System.out.println("warm-up: " + warmupSummary);
            System.out.println("measured: " + summary);
            System.out.printf(Locale.ROOT, "whole run, warm-up included: %,d articles in %.1f s: %.1f articles/s%n",
                    warmup + articles, seconds(start), (warmup + articles) / seconds(start));
            System.out.printf(Locale.ROOT,
                    "sustained, after %,d warm-up articles: %,d articles in %.1f s: %.1f articles/s, %.1f facts/s; "
                            + "peak heap %,d MB%n",
                    warmup, articles, seconds, articles / seconds, summary.factsStated() / seconds, peakHeap() >> 20);
        }
    }

    /** Ingests articles {@code first} to {@code first + count - 1}, printing the rate of every thousand. */
    private static IngestSummary run(ParallelIngestion ingestion, List<Document> samples, int first, int count,
            String phase) {
        var summary = new IngestSummary();
        long[] windowStart = {System.nanoTime()};
        // generated lazily, as the ingest command streams files: the heap holds only what is in flight
        Stream<Document> documents = IntStream.range(first, first + count)
                .mapToObj(i -> variant(samples.get(i % samples.size()), i));
        ingestion.ingest(documents, outcome -> {
            summary.add(outcome);
            if (summary.total() % REPORT_EVERY == 0) {
                System.out.printf(Locale.ROOT, "%s: %,d articles, last %,d at %.1f articles/s%n", phase,
                        summary.total(), REPORT_EVERY, REPORT_EVERY / seconds(windowStart[0]));
                windowStart[0] = System.nanoTime();
            }
        });
        return summary;
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
