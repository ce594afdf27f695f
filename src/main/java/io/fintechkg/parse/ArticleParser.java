package io.fintechkg.parse;

import io.fintechkg.ingest.Document;

/** Stage 2: reads one document's bytes as a news article. Implementations do no I/O and are safe to share between threads. */
public interface ArticleParser {

    /**
     * {@return the article in {@code document}}
     *
     * @throws ParseException when the bytes are not an article (binary, not UTF-8, empty, broken front matter,
     *                        truncated HTML, no text); the exception names the document and says what is wrong
     */
    ParsedArticle parse(Document document) throws ParseException;
}
