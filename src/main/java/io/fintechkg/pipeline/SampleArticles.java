package io.fintechkg.pipeline;

import io.fintechkg.ingest.Document;
import io.fintechkg.store.GraphWriter;
import io.fintechkg.store.KgProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * On the first start with an empty graph, ingests the articles bundled in {@code classpath:samples/}, so that a new
 * user sees a graph at once. Off with {@code kg.samples.load-on-empty=false}; the {@code ingest} command turns it off.
 */
final class SampleArticles implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SampleArticles.class);

    private final KgProperties properties;
    private final GraphWriter writer;
    private final ArticleIngestion ingestion;

    SampleArticles(KgProperties properties, GraphWriter writer, ArticleIngestion ingestion) {
        this.properties = properties;
        this.writer = writer;
        this.ingestion = ingestion;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!properties.samples().loadOnEmpty() || writer.hasArticles()) {
            return;
        }
        var summary = new IngestSummary();
        bundled().stream().map(ingestion::ingest).forEach(summary::add);
        log.info("Empty graph: loaded the bundled samples, {}", summary);
        summary.failures().forEach(f -> log.warn("Sample {} failed: {}", f.document(), f.reason()));
    }

    /** {@return the bundled sample documents, in name order} */
    static List<Document> bundled() {
        try {
            var resources = new PathMatchingResourcePatternResolver(SampleArticles.class.getClassLoader())
                    .getResources("classpath*:samples/*");
            var documents = new ArrayList<Document>();
            for (Resource resource : resources) {
                try (var in = resource.getInputStream()) {
                    documents.add(new Document(resource.getFilename(), "classpath:samples/" + resource.getFilename(),
                            in.readAllBytes()));
                }
            }
            documents.sort(Comparator.comparing(Document::name));
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled samples", e);
        }
    }
}
