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

    /** Lists are never {@code null} and never change, so that stages may share an article between threads. */
    public ParsedArticle {
        categories = categories == null ? List.of() : List.copyOf(categories);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        stockLinks = stockLinks == null ? List.of() : List.copyOf(stockLinks);
    }

    /**
     * {@return the sentence that contains the character at {@code offset}, or {@code null} between sentences}
     * Extraction works sentence by sentence and finds, for a match or a stock link, the sentence to cite as evidence;
     * a binary search keeps that cheap on long articles.
     */
    public TextSpan sentenceAt(int offset) {
        return spanAt(sentences, offset);
    }

    /** {@return the paragraph that contains the character at {@code offset}, or {@code null} on a line break} */
    public TextSpan paragraphAt(int offset) {
        return spanAt(paragraphs, offset);
    }

    /** {@return the stock links that lie wholly within {@code span}, in text order} */
    public List<StockLink> stockLinksIn(TextSpan span) {
        return stockLinks.stream().filter(link -> link.start() >= span.start() && link.end() <= span.end()).toList();
    }

    private static TextSpan spanAt(List<TextSpan> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            TextSpan span = spans.get(middle);
            if (offset < span.start()) {
                high = middle - 1;
            } else if (offset >= span.end()) {
                low = middle + 1;
            } else {
                return span;
            }
        }
        return null;
    }
}
