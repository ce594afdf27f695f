package io.fintechkg.extract;

import io.fintechkg.parse.ParsedArticle;

/** Reads the entities and relations of one article. Implementations are pure: no I/O, no shared mutable state. */
public interface Extractor {

    Extraction extract(ParsedArticle article);
}
