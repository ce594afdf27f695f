package io.fintechkg.pipeline;

import io.fintechkg.extract.Extractor;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.parse.ArticleParser;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.store.GraphWriter;
import io.fintechkg.store.KgProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the stages into one pipeline; the only place besides the CLI that knows them all. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    ArticleParser articleParser() {
        return new NewsArticleParser();
    }

    @Bean
    Extractor extractor() {
        return new RuleBasedExtractor();
    }

    @Bean
    ArticleIngestion articleIngestion(ArticleParser parser, Extractor extractor, GraphWriter writer) {
        return new ArticleIngestion(parser, extractor, writer);
    }

    @Bean
    SampleArticles sampleArticles(KgProperties properties, GraphWriter writer, ArticleIngestion ingestion) {
        return new SampleArticles(properties, writer, ingestion);
    }
}
