package io.fintechkg.parse;

import java.util.List;

/**
 * Cuts a paragraph into sentences, predictably:
 * <ul>
 * <li>a sentence ends after 。！？；, or after ! ? ; when a Chinese character stands before them (so that
 *     {@code Yahoo!} or {@code a;b} in Latin text do not end one). The semicolon ends a sentence because Chinese news
 *     lists items and clauses with ；, and relation extraction works clause by clause;</li>
 * <li>further end marks and closing quotes or brackets (”’）」』】》") stay with the sentence they close;</li>
 * <li>inside a short quotation or bracket (at most {@value #SHORT_QUOTE} characters between matching marks such
 *     as “…”, 「…」, （…）, 《…》) nothing ends: {@code “小、散、乱；弱”} is part of its sentence, while a long
 *     quotation of several sentences is cut like any other text. A quotation that closes on its own end mark
 *     ({@code “合作是共赢的选择。”}) ends the sentence there;</li>
 * <li>a paragraph's end ends its last sentence, with or without a mark (plain-text news often has none).</li>
 * </ul>
 * Sentence spans never start or end with white space.
 */
final class SentenceSplitter {

    /** Longest quotation (in characters, marks included) that is kept whole. */
    static final int SHORT_QUOTE = 40;

    private static final String OPENERS = "“‘（(「『《【〈";
    private static final String CLOSERS = "”’）)」』》】〉";
    /** Quotation marks (not brackets or book titles) whose last end mark also ends the sentence around them. */
    private static final String ENDS_WITH_QUOTE = "”’」』";
    private static final String TRAILING = "”’）)」』》】〉\"'";

    private SentenceSplitter() {
    }

    /** Adds the sentences of {@code paragraph}, which starts at {@code base} in the article text, to {@code out}. */
    static void split(String paragraph, int base, List<TextSpan> out) {
        boolean[] shielded = shortQuotations(paragraph);
        int start = 0;
        int length = paragraph.length();
        int i = 0;
        while (i < length) {
            if (endsSentence(paragraph, i) && (shielded == null || !shielded[i])) {
                int end = i + 1;
                while (end < length && (isEndMark(paragraph.charAt(end)) || TRAILING.indexOf(paragraph.charAt(end)) >= 0)) {
                    end++;
                }
                add(paragraph, start, end, base, out);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(paragraph, start, length, base, out);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '；') {
            return true;
        }
        return (c == '!' || c == '?' || c == ';') && i > 0 && Chinese.isChineseWriting(text.charAt(i - 1));
    }

    private static boolean isEndMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    /** {@return for each character whether it lies inside a short matched quotation, or {@code null} when none does} */
    private static boolean[] shortQuotations(String text) {
        boolean[] shielded = null;
        int[] stack = null;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                if (stack == null) {
                    stack = new int[8];
                }
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
                continue;
            }
            int kind = CLOSERS.indexOf(c);
            if (kind < 0 || depth == 0) {
                continue;
            }
            // Pop to the matching opener; openers left unmatched inside it are ignored (a typo must not swallow text).
            int at = depth - 1;
            while (at >= 0 && OPENERS.indexOf(text.charAt(stack[at])) != kind) {
                at--;
            }
            if (at < 0) {
                continue;
            }
            int open = stack[at];
            depth = at;
            if (i - open + 1 <= SHORT_QUOTE) {
                if (shielded == null) {
                    shielded = new boolean[text.length()];
                }
                java.util.Arrays.fill(shielded, open + 1, i, true);
                if (ENDS_WITH_QUOTE.indexOf(c) >= 0) {
                    // “合作是共赢的选择。”双方签约: a quotation that closes on an end mark closes its sentence too.
                    for (int end = i - 1; end > open && isEndMark(text.charAt(end)); end--) {
                        shielded[end] = false;
                    }
                }
            }
        }
        return shielded;
    }

    private static void add(String paragraph, int start, int end, int base, List<TextSpan> out) {
        while (start < end && Chinese.isSpace(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Chinese.isSpace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(base + start, base + end, paragraph.substring(start, end)));
        }
    }
}
