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

    /**
     * {@return {@code text} with a space between two Chinese characters written as a comma}: Chinese writes no space
     * inside a sentence, so one there (a title's 江干区与戴德梁行 签下战略合作框架协议) separates clauses. Run after the
     * apparatus is masked, whose patterns read the spaces of bylines (记者 王敏).
     */
    static String spacesAsCommas(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && between(text, i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '，';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean between(String text, int i) {
        int before = i - 1;
        int after = i + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < text.length() && Character.isIdeographic(text.charAt(before))
                && Character.isIdeographic(text.charAt(after));
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }
}
