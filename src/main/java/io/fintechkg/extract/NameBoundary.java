package io.fintechkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a Chinese name begins, reading leftwards from its suffix: a name runs until punctuation, a function
 * word (在 由 与 的 等 …), a predicate verb or a time expression. Short brackets belong to the name
 * (中征（北京）征信有限责任公司, 上海张江（集团）有限公司); a 简称 parenthetical is stepped over and left out.
 */
final class NameBoundary {

    /** A name found leftwards: where it starts and how it reads without parentheticals. */
    record Found(int start, String name) {
    }

    private static final Pattern ORDINAL_PREFIX = Pattern.compile("(第[一二三四五六七八九十百零\\d]+[届次期]|\\d{4}年?)$");
    private static final Pattern ABBREVIATION = Pattern.compile("简称|下称");

    private NameBoundary() {
    }

    /**
     * {@return the name ending at {@code end} whose suffix starts at {@code suffixStart}}
     *
     * @param crossConjunction whether one 与/和 may be part of the name, as in a joint lab 交行与华为联合创新实验室
     */
    static Found leftOf(Sentence sentence, int suffixStart, int end, boolean event, boolean crossConjunction) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAt(suffixStart);
        int start = suffixStart;
        if (i >= 0 && tokens.get(i).start() < suffixStart) {
            start = tokens.get(i).start();
        }
        i = i < 0 ? -1 : i - 1;
        StringBuilder skipped = new StringBuilder();
        int[] skip = null;
        boolean crossed = false;
        while (i >= 0) {
            Token t = tokens.get(i);
            String w = t.word();
            if (w.equals("）") || w.equals(")")) {
                int open = matchingOpen(tokens, i);
                if (open < 0) {
                    break;
                }
                String content = sentence.text(tokens.get(open).end(), t.start());
                if (ABBREVIATION.matcher(content).find() && skip == null) {
                    skip = new int[] {tokens.get(open).start(), t.end()};
                } else if (content.length() > 8 || content.isBlank() || hasPunctuation(content)
                        || content.equals("女") || content.equals("男")) {
                    break;
                }
                start = tokens.get(open).start();
                i = open - 1;
                continue;
            }
            if (crossConjunction && !crossed && (w.equals("与") || w.equals("和")) && i > 0
                    && !tokens.get(i - 1).isPunctuation()) {
                crossed = true;
                start = t.start();
                i--;
                continue;
            }
            if (isBoundary(t)) {
                break;
            }
            start = t.start();
            i--;
        }
        // names do not begin with a verb: 联合西城房管局 is 西城房管局 named by a verb of the sentence
        while (true) {
            int k = sentence.tokenAt(start);
            if (k < 0) {
                break;
            }
            Token first = sentence.tokens().get(k);
            if (first.isVerb() && first.end() < suffixStart && first.start() == start) {
                start = first.end();
            } else {
                break;
            }
        }
        if (crossed && sentence.text(start, end).startsWith("与")) {
            start++;
        }
        if (event) {
            Matcher m = ORDINAL_PREFIX.matcher(sentence.text(sentence.start(), start));
            if (m.find()) {
                start -= m.group().length();
            }
        }
        String name = sentence.text(start, end);
        if (skip != null && skip[0] >= start) {
            name = sentence.text(start, skip[0]) + sentence.text(skip[1], end);
        }
        return new Found(start, name.strip());
    }

    static boolean isBoundary(Token t) {
        String w = t.word();
        String pos = t.pos();
        if (t.isPunctuation() || w.isBlank() || w.charAt(0) == ApparatusMask.MASK) {
            return true;
        }
        if (Lexicon.BOUNDARY_WORDS.contains(w)) {
            return true;
        }
        if (pos.equals("p") || pos.startsWith("c") || pos.startsWith("u") || pos.startsWith("r") || pos.equals("d")
                || pos.startsWith("m") || pos.startsWith("q") || pos.equals("t") || pos.equals("f")
                || pos.equals("e") || pos.equals("y") || pos.equals("o") || pos.equals("vshi")
                || pos.equals("vyou") || pos.equals("nnt")) {
            return true;
        }
        return t.isVerb() && w.length() >= 2 && !Lexicon.NAME_VERBS.contains(w);
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        for (int j = close - 1; j >= 0 && close - j < 12; j--) {
            String w = tokens.get(j).word();
            if (w.equals("（") || w.equals("(")) {
                return j;
            }
        }
        return -1;
    }

    private static boolean hasPunctuation(String s) {
        return s.chars().anyMatch(c -> "，。；：、,;:！？!?".indexOf(c) >= 0);
    }
}
