package io.fintechkg.extract;

/**
 * Chinese web pages often write their punctuation in ASCII (平安银行与深圳大学举行签约仪式,双方将…; 中国(深圳)综合开发研究院).
 * The rules are written with the full-width marks of Chinese print, so the text is read with ASCII marks replaced by
 * them, one character for one; a comma or colon between digits (1,000, 17:53) stays.
 */
final class FullWidthPunctuation {

    private FullWidthPunctuation() {
    }

    /** {@return {@code text} with ASCII punctuation written full-width; same length} */
    static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char wide = switch (c) {
                case ',' -> betweenDigits(text, i) ? c : '，';
                case ':' -> betweenDigits(text, i) ? c : '：';
                case ';' -> '；';
                case '(' -> '（';
                case ')' -> '）';
                case '?' -> '？';
                case '!' -> '！';
                default -> c;
            };
            if (wide != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = wide;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }
}
