package io.fintechkg.extract;

import io.fintechkg.parse.ParsedArticle;
import io.fintechkg.parse.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The article as the rules read it: the clean text, the same text in simplified characters and full-width punctuation
 * with its apparatus masked, and its sentences. The rules read the masked text; names go out in the article's own characters ({@link #writtenAs}).
 */
final class ArticleView {

    private final ParsedArticle article;
    private final String masked;
    private final List<Sentence> sentences;
    private final java.util.function.UnaryOperator<String> writtenAs;

    private final Lexicon lexicon;

    ArticleView(ParsedArticle article, Lexicon lexicon) {
        this.article = article;
        this.lexicon = lexicon;
        String readable = FullWidthPunctuation.of(TraditionalScript.simplified(article.text()));
        this.writtenAs = TraditionalScript.writtenAs(article.text(), readable);
        this.masked = FullWidthPunctuation.spacesAsCommas(ApparatusMask.mask(readable));
        this.sentences = new ArrayList<>();
        for (TextSpan span : sentenceSpans(article)) {
            String text = masked.substring(span.start(), span.end());
            sentences.add(new Sentence(span.start(), span.end(), text, Segmenter.segment(text, span.start()), lexicon));
        }
    }

    ParsedArticle article() {
        return article;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    String text() {
        return article.text();
    }

    String masked() {
        return masked;
    }

    /** {@return a name read on the simplified text, written in the article's own characters} */
    String writtenAs(String form) {
        return writtenAs.apply(form);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** {@return the sentence that contains the offset, or {@code null}} */
    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.covers(offset)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The parser's sentences when it gave some, else the text cut after 。！？ and line ends. Long sentences are
     * further cut at line feeds, which the parser keeps between paragraphs.
     */
    private static List<TextSpan> sentenceSpans(ParsedArticle article) {
        List<TextSpan> given = article.sentences() == null ? List.of() : article.sentences();
        List<TextSpan> spans = new ArrayList<>();
        if (!given.isEmpty()) {
            for (TextSpan span : given) {
                split(article.text(), span.start(), span.end(), spans);
            }
            return spans;
        }
        split(article.text(), 0, article.text().length(), spans);
        return spans;
    }

    private static void split(String text, int from, int to, List<TextSpan> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
            if (end || i == to - 1) {
                int stop = c == '\n' ? i : i + 1;
                if (stop > start && !text.substring(start, stop).isBlank()) {
                    out.add(new TextSpan(start, stop, text.substring(start, stop)));
                }
                start = i + 1;
            }
        }
    }
}
