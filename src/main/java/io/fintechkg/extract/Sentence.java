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

    /** {@return whether a word of HanLP starts or ends at {@code offset}} */
    boolean isWordBoundary(int offset) {
        if (offset <= start || offset >= end) {
            return true;
        }
        int k = tokenAt(offset);
        return k < 0 || tokens.get(k).start() == offset;
    }

    /** {@return the index of the token that contains {@code offset}, or -1} */
    int tokenAt(int offset) {
        // the tokens follow each other in text order: a binary search
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Token t = tokens.get(middle);
            if (offset < t.start()) {
                high = middle - 1;
            } else if (offset >= t.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** {@return the tokens lying wholly inside the span} */
    List<Token> tokensIn(int from, int to) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < tokens.size() && tokens.get(end).end() <= to) {
            end++;
        }
        return tokens.subList(low, end);
    }
}
