package io.fintechkg.parse;

import io.fintechkg.ingest.Document;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing throughput over the bundled samples (Sina HTML and plain text), scored per article.
 * Target: far above the pipeline's 100 articles/s, so that parsing is a small share of it. Run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ArticleParserBenchmark}
 * (docs/adr/0002-parsing.md, "Speed").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArticleParserBenchmark {

    private final ArticleParser parser = new NewsArticleParser();
    private final List<Document> samples = SampleArticlesTest.SAMPLES.stream().map(SampleArticlesTest::sample).toList();

    /** Parses all samples; with one operation per sample the score is articles per second. */
    @Benchmark
    @OperationsPerInvocation(11)
    public void parseSamples(Blackhole sink) throws ParseException {
        for (Document sample : samples) {
            sink.consume(parser.parse(sample));
        }
    }
}
