package io.fintechkg.extract;

import java.util.List;

/**
 * One sentence of the article: its span in the clean text, the text with bylines masked, and its words.
 *
 * @param start  start offset in the clean text
 * @param end    end offset (exclusive)
 * @param text   the masked text of the sentence
 * @param tokens  HanLP's words, with offsets in the clean text
 * @param lexicon what the rules know of Chinese news
 */
record Sentence(int start, int end, String text, List<Token> tokens, Lexicon lexicon) {

    /** {@return the masked text between two offsets of the clean text} */
    String text(int from, int to) {
        return text.substring(from - start, to - start);
    }

    char charAt(int offset) {
        return text.charAt(offset - start);
    }

    boolean covers(int offset) {
        return start <= offset && offset < end;
    }

    /** {@return the index of the token that contains {@code offset}, or -1} */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= offset && offset < t.end()) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the tokens lying wholly inside the span} */
    List<Token> tokensIn(int from, int to) {
        return tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    }
}
