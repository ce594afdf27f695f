package io.fintechkg.resolve;

import io.fintechkg.parse.ParsedArticle;
import java.util.List;

/**
 * An article ready to be written: its entities carry graph ids, its facts point at them.
 *
 * @param id               the article's id: hash of its URL, else of its document name (ADR 0001)
 * @param article          the parsed article
 * @param entities         one per distinct entity the article names
 * @param facts            one per distinct fact the article states
 * @param extractorVersion the version of the extractor that read it
 */
public record ResolvedArticle(String id, ParsedArticle article, List<ResolvedEntity> entities,
        List<ResolvedFact> facts, String extractorVersion) {
}
