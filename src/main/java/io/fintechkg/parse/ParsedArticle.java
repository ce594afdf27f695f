package io.fintechkg.parse;

import java.time.Instant;
import java.util.List;

/**
 * One article as the later stages see it: metadata and clean text, split into paragraphs and sentences.
 *
 * @param name        the file name the article came from
 * @param origin      its path or URL
 * @param title       the title, from the front matter or the page
 * @param publishedAt the publication time, or {@code null} when the document has none
 * @param url         the article's own URL when known, else {@code null}
 * @param source      the publisher (for example 新浪财经), or {@code null}
 * @param categories  the front matter categories
 * @param text        the clean body text, paragraphs separated by a line feed
 * @param paragraphs  the paragraphs, as spans of {@code text}
 * @param sentences   the sentences, as spans of {@code text}
 * @param stockLinks  the stock links found in the body
 * @param contentHash a SHA-256 of the raw bytes, hex, to tell an unchanged article from a changed one
 */
public record ParsedArticle(String name, String origin, String title, Instant publishedAt, String url, String source,
        List<String> categories, String text, List<TextSpan> paragraphs, List<TextSpan> sentences,
        List<StockLink> stockLinks, String contentHash) {
}
