package io.fintechkg.cli;

import io.fintechkg.ingest.DocumentSources;
import io.fintechkg.ingest.Input;
import io.fintechkg.pipeline.ArticleOutcome;
import io.fintechkg.pipeline.IngestSummary;
import io.fintechkg.pipeline.ParallelIngestion;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code ingest PATH...}: runs files, folders, standard input and URLs through the pipeline into the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles into the graph, one transaction per article, and reports what happened.",
        footer = {"%nPATH: a file, a folder (read recursively), - for standard input, or an http(s) URL.",
            "Spring properties pass through: --kg.data-dir=./data (the embedded store),",
            "  --spring.neo4j.uri=bolt://localhost:7687 (a running server or cluster instead),",
            "  --kg.ingest.threads=N (parse/extract workers, default: cores), --kg.ingest.writers=N (concurrent",
            "  write transactions, default 8).",
            "Exit status: 0 all stored, 1 some failed, 3 the graph could not be opened."})
final class IngestCommand implements Callable<Integer> {

    private static final Duration PLAIN_PROGRESS_INTERVAL = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, - or URLs")
    List<String> paths = new ArrayList<>();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var context = BatchApplication.start(springArguments, System.err);
        if (context.isEmpty()) {
            return 3;
        }
        var summary = new IngestSummary();
        try (var running = context.get(); Stream<Input> inputs = new DocumentSources().open(paths)) {
            ParallelIngestion ingestion = running.getBean(ParallelIngestion.class);
            try (var progress = progress(out)) {
                ingestion.ingest(inputs, outcome -> {
                    summary.add(outcome);
                    progress.accept(outcome);
                    if (outcome instanceof ArticleOutcome.Failed failed) {
                        err.println("FAILED " + failed.message());
                        err.flush();
                    }
                });
            }
        }
        out.println(summary);
        out.flush();
        return summary.failures().isEmpty() ? 0 : 1;
    }

    /**
     * {@return whether standard output is a terminal} From JDK 22 on, {@code System.console()} exists even when
     * output is piped and {@code Console.isTerminal()} tells; on JDK 21 a console exists only on a terminal.
     */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException jdk21) {
            return true;
        }
    }

    /** A progress bar on a terminal; elsewhere (a pipe, CI logs) a plain line every few seconds. */
    private static Progress progress(PrintWriter out) {
        if (onTerminal()) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
            bar.maxHint(-1);
            return new Progress(outcome -> bar.step(), bar::close);
        }
        var counter = new Object() {
            long count;
            long lastReport = System.nanoTime();
        };
        return new Progress(outcome -> {
            counter.count++;
            if (System.nanoTime() - counter.lastReport > PLAIN_PROGRESS_INTERVAL.toNanos()) {
                counter.lastReport = System.nanoTime();
                out.println("ingest: " + counter.count + " articles so far");
                out.flush();
            }
        }, () -> { });
    }

    private record Progress(Consumer<ArticleOutcome> step, Runnable onClose) implements AutoCloseable {

        void accept(ArticleOutcome outcome) {
            step.accept(outcome);
        }

        @Override
        public void close() {
            onClose.run();
        }
    }
}
