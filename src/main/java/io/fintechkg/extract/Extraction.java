package io.fintechkg.extract;

import io.fintechkg.parse.ParsedArticle;
import java.util.List;

/** Everything read out of one article. */
public record Extraction(ParsedArticle article, List<ExtractedEntity> entities, List<ExtractedRelation> relations,
        String extractorVersion) {
}
