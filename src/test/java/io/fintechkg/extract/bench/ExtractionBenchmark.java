package io.fintechkg.extract.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.fintechkg.extract.Extractor;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.ingest.Document;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.parse.ParseException;
import io.fintechkg.parse.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput over the bundled samples, side by side with HanLP's own segmentation with organisation and
 * place recognition on the same texts, one thread. Target: extraction at least half as fast as that segmentation.
 * {@link #main} also times the first load of HanLP's dictionaries (target ≤ 1 s) and prints articles/s and
 * M chars/s; see docs/benchmarks-extraction.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    static final List<String> SAMPLES = List.of("seed-pudong-data-port.txt", "sina-ai-basketball-referee.txt",
            "sina-beijing-agencies-penalised.txt", "sina-harbin-digital-economy.txt",
            "sina-property-investment-stats.txt", "sina-rare-earth-group-founded.txt",
            "sina-state-council-appointments.txt", "news-bocom-joint-labs.md", "news-fund-town-summit.md",
            "news-nifa-mobile-finance-committee.md", "news-psbc-ant-partnership.md",
            // the real development articles (src/test/resources/dev/articles)
            "h002.txt", "h009.txt", "h014.txt", "h018.txt", "h022.txt", "h025.txt", "h029.txt", "h032.txt", "h036.txt",
            "h039.txt", "h042.txt", "h046.txt", "h049.txt", "p002.md", "p006.md", "p010.md", "p013.md", "p017.md",
            "p021.md", "p024.md", "p027.md", "p030.md", "p033.md", "p036.md", "p039.md", "p042.md", "p045.md");

    private List<ParsedArticle> articles;
    private final Extractor extractor = new RuleBasedExtractor();
    private Segment segment;

    @Setup
    public void parseSamples() {
        articles = articles();
        segment = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true);
    }

    /** Extracts entities and relations from every sample; the score is articles per second. */
    @Benchmark
    @OperationsPerInvocation(38)
    public void extract(Blackhole sink) {
        for (ParsedArticle article : articles) {
            sink.consume(extractor.extract(article));
        }
    }

    /** HanLP's segmentation with organisation and place recognition of the same clean texts, for comparison. */
    @Benchmark
    @OperationsPerInvocation(38)
    public void hanlpSegmentWithOrganisationAndPlaces(Blackhole sink) {
        for (ParsedArticle article : articles) {
            sink.consume(segment.seg(article.text()));
        }
    }

    static List<ParsedArticle> articles() {
        NewsArticleParser parser = new NewsArticleParser();
        List<ParsedArticle> parsed = new ArrayList<>();
        for (String name : SAMPLES) {
            String folder = ExtractionBenchmark.class.getResource("/samples/" + name) != null ? "/samples/" : "/dev/articles/";
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(folder + name)) {
                parsed.add(parser.parse(new Document(name, name, in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
        return parsed;
    }

    /** Times the dictionary load in this fresh JVM, runs both benchmarks and prints the figures. */
    public static void main(String[] args) throws RunnerException {
        long start = System.nanoTime();
        RuleBasedExtractor.warmUp();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        double chars = articles().stream().mapToInt(a -> a.text().length()).sum() / (double) SAMPLES.size();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ExtractionBenchmark.class.getSimpleName()).build()).run();
        double extract = 0;
        double segment = 0;
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith(".extract")) {
                extract = score;
            } else {
                segment = score;
            }
        }
        System.out.printf("%nHanLP model load (first use, fresh JVM): %.2f s%n", loadSeconds);
        System.out.printf("average article: %.0f chars of clean text%n", chars);
        System.out.printf("extraction:                      %8.1f articles/s  %6.3f M chars/s%n", extract,
                extract * chars / 1e6);
        System.out.printf("HanLP segment + org/place recog.: %8.1f articles/s  %6.3f M chars/s%n", segment,
                segment * chars / 1e6);
        System.out.printf("extraction / segmentation: %.0f %%%n", 100 * extract / segment);
        interleaved();
    }

    /**
     * On a shared machine the load changes between the two JMH runs; alternating one-second slices of both in one
     * JVM and taking the median ratio compares them under the same load.
     */
    private static void interleaved() {
        ExtractionBenchmark state = new ExtractionBenchmark();
        state.parseSamples();
        Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            double e = rate(() -> state.extract(sink));
            double s = rate(() -> state.hanlpSegmentWithOrganisationAndPlaces(sink));
            if (round >= 5) {
                ratios.add(e / s);
            }
        }
        ratios.sort(Double::compare);
        System.out.printf("interleaved 1 s slices, median of 10 rounds: extraction / segmentation = %.0f %%%n",
                100 * ratios.get(ratios.size() / 2));
    }

    private static double rate(Runnable allSamples) {
        long start = System.nanoTime();
        int runs = 0;
        while (System.nanoTime() - start < 1_000_000_000L) {
            allSamples.run();
            runs++;
        }
        return runs * SAMPLES.size() / ((System.nanoTime() - start) / 1e9);
    }
}
