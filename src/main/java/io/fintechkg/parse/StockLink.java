package io.fintechkg.parse;

/**
 * A link that Sina's stock auto-linker put into the article, for example {@code 海通证券 → sh600837}.
 * The offsets point into the article's clean text, where the linked text may sit inside a longer word.
 */
public record StockLink(String text, String ticker, int start, int end) {
}
