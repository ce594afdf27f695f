package io.fintechkg.pipeline;

import io.fintechkg.extract.ExtractionTables;
import io.fintechkg.extract.Extractor;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.parse.ArticleParser;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.store.GraphWriter;
import io.fintechkg.store.KgProperties;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the stages into one pipeline; the only place besides the CLI that knows them all. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    ArticleParser articleParser() {
        return new NewsArticleParser();
    }

    /**
     * {@code kg.extract.tables}: a folder whose {@code <table>.tsv} files replace the bundled tables of those names
     * (a team's own lexicon); the extractor's version follows them, so articles are read again after a change.
     */
    @Bean
    Extractor extractor(@Value("${kg.extract.tables:}") String tables) {
        return tables.isBlank() ? new RuleBasedExtractor()
                : new RuleBasedExtractor(ExtractionTables.withReplacements(Path.of(tables)));
    }

    @Bean
    ArticleIngestion articleIngestion(ArticleParser parser, Extractor extractor, GraphWriter writer) {
        return new ArticleIngestion(parser, extractor, writer);
    }

    /**
     * {@code kg.ingest.threads} (default: the number of cores) parse and extract; {@code kg.ingest.writers}
     * (default 8) write, each in its own transaction per article, so that their commits share the disk flushes.
     */
    @Bean
    ParallelIngestion parallelIngestion(ArticleIngestion ingestion, @Value("${kg.ingest.threads:0}") int threads,
            @Value("${kg.ingest.writers:8}") int writers) {
        return new ParallelIngestion(ingestion, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                writers);
    }

    @Bean
    SampleArticles sampleArticles(KgProperties properties, GraphWriter writer, ArticleIngestion ingestion) {
        return new SampleArticles(properties, writer, ingestion);
    }
}
