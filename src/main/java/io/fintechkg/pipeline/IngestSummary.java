package io.fintechkg.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Totals over a batch of outcomes, for the end of an {@code ingest} run. Not thread-safe. */
public final class IngestSummary {

    private final Map<ArticleOutcome.Status, Integer> counts = new EnumMap<>(ArticleOutcome.Status.class);
    private final List<ArticleOutcome.Failed> failures = new ArrayList<>();
    private long entitiesCreated;
    private long factsCreated;
    private long factsStated;

    /** Counts one outcome in. */
    public void add(ArticleOutcome outcome) {
        counts.merge(outcome.status(), 1, Integer::sum);
        switch (outcome) {
            case ArticleOutcome.Stored stored -> {
                entitiesCreated += stored.write().entitiesCreated();
                factsCreated += stored.write().factsCreated();
                factsStated += stored.write().facts();
            }
            case ArticleOutcome.Failed failed -> failures.add(failed);
        }
    }

    /** {@return how many outcomes had that status} */
    public int count(ArticleOutcome.Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** {@return every outcome counted} */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@return the failures, in the order they happened} */
    public List<ArticleOutcome.Failed> failures() {
        return List.copyOf(failures);
    }

    /** {@return facts stated by the new and updated articles, counting a fact once per article} */
    public long factsStated() {
        return factsStated;
    }

    /** {@return the summary line, e.g. {@code 11 articles: 10 new, 0 updated, 0 unchanged, 1 failed; …}} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%d articles: %d new, %d updated, %d unchanged, %d failed; %d entities and %d facts created",
                total(), count(ArticleOutcome.Status.NEW), count(ArticleOutcome.Status.UPDATED),
                count(ArticleOutcome.Status.UNCHANGED), count(ArticleOutcome.Status.FAILED), entitiesCreated,
                factsCreated);
    }
}
