package io.fintechkg.pipeline;

import io.fintechkg.ingest.Input;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a stream of inputs through the pipeline with parse and extract on {@code threads} workers and the writes in
 * {@code writers} concurrent transactions, still one transaction per article. The writers are what makes a batch
 * fast: each commit waits for the transaction log to reach the disk, and commits that wait together are flushed
 * by Neo4j in one go. Outcomes come back in input order, and at most a few articles per thread are held at a
 * time, so memory does not grow with the batch.
 */
public final class ParallelIngestion {

    private final ArticleIngestion ingestion;
    private final int threads;
    private final int writers;

    /**
     * @param threads parse and extract workers (CPU-bound: about the number of cores)
     * @param writers concurrent write transactions (mostly waiting for the disk: more than the cores)
     */
    public ParallelIngestion(ArticleIngestion ingestion, int threads, int writers) {
        if (threads < 1 || writers < 1) {
            throw new IllegalArgumentException("threads and writers must be at least 1, not " + threads + " and "
                    + writers);
        }
        this.ingestion = ingestion;
        this.threads = threads;
        this.writers = writers;
    }

    /** Ingests every input and hands each outcome to {@code outcomes}, in input order, on the calling thread. */
    public void ingest(Stream<? extends Input> inputs, Consumer<ArticleOutcome> outcomes) {
        int inFlightLimit = 2 * (threads + writers);
        try (ExecutorService readers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("ingest-read-", 1).daemon().factory());
                ExecutorService writing = Executors.newFixedThreadPool(writers,
                        Thread.ofPlatform().name("ingest-write-", 1).daemon().factory())) {
            var inFlight = new ArrayDeque<CompletableFuture<ArticleOutcome>>();
            inputs.forEachOrdered(input -> {
                inFlight.add(CompletableFuture.supplyAsync(() -> ingestion.read(input), readers)
                        .thenApplyAsync(ingestion::store, writing));
                while (inFlight.size() >= inFlightLimit) {
                    outcomes.accept(inFlight.removeFirst().join());
                }
            });
            while (!inFlight.isEmpty()) {
                outcomes.accept(inFlight.removeFirst().join());
            }
        }
    }
}
