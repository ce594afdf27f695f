package io.fintechkg.extract;

import io.fintechkg.parse.ParsedArticle;
import io.fintechkg.parse.StockLink;
import io.fintechkg.parse.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Builds articles for rule tests straight from text, the way the parser would: sentences cut after 。！？ and line ends. */
final class Articles {

    private Articles() {
    }

    static ParsedArticle of(String text, StockLink... links) {
        List<TextSpan> sentences = new ArrayList<>();
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || i == text.length() - 1) {
                int end = c == '\n' ? i : i + 1;
                if (end > start) {
                    sentences.add(new TextSpan(start, end, text.substring(start, end)));
                }
                start = i + 1;
            }
            if (c == '\n' || i == text.length() - 1) {
                int end = c == '\n' ? i : i + 1;
                paragraphs.add(new TextSpan(paragraph, end, text.substring(paragraph, end)));
                paragraph = i + 1;
            }
        }
        return new ParsedArticle("test.txt", "test.txt", "", null, null, null, List.of(), text, paragraphs, sentences,
                List.of(links), "0");
    }

    /** {@return a stock link on the first occurrence of {@code linked} in {@code text}} */
    static StockLink link(String text, String linked, String ticker) {
        int at = text.indexOf(linked);
        return new StockLink(linked, ticker, at, at + linked.length());
    }
}
