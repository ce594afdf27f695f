package io.fintechkg.parse;

import java.util.List;

/** What parse tests read of an article: its body, the paragraphs after the title that opens the clean text. */
final class ParsedBody {

    private ParsedBody() {
    }

    /** {@return the clean text after the title paragraph} */
    static String text(ParsedArticle article) {
        List<TextSpan> body = paragraphs(article);
        return body.isEmpty() ? "" : article.text().substring(body.getFirst().start());
    }

    /** {@return the paragraphs after the title} */
    static List<TextSpan> paragraphs(ParsedArticle article) {
        List<TextSpan> all = article.paragraphs();
        boolean titled = !all.isEmpty() && all.getFirst().start() == 0 && all.getFirst().text().equals(article.title());
        return titled ? all.subList(1, all.size()) : all;
    }

    /** {@return the sentences after the title} */
    static List<TextSpan> sentences(ParsedArticle article) {
        List<TextSpan> body = paragraphs(article);
        int from = body.isEmpty() ? article.text().length() : body.getFirst().start();
        return article.sentences().stream().filter(s -> s.start() >= from).toList();
    }
}
