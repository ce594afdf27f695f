package io.fintechkg.parse;

/** A stretch of an article's clean text: {@code text} equals {@code article.text().substring(start, end)}. */
public record TextSpan(int start, int end, String text) {
}
