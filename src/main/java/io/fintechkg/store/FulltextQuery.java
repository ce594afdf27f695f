package io.fintechkg.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns user text into a Lucene query for the full-text index, so that its syntax is never interpreted. */
final class FulltextQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private FulltextQuery() {
    }

    /** {@return a query requiring every white-space separated term of {@code text} as a phrase} */
    static String allPhrases(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(term -> !term.isEmpty())
                .map(term -> "\"" + escape(term) + "\"")
                .collect(Collectors.joining(" AND "));
    }

    /** {@return {@code text} with every Lucene query-syntax character escaped by a backslash} */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
