package io.fintechkg.parse;

/** Character classes of Chinese text, by code range: a per-character script lookup would cost more than the parse. */
final class Chinese {

    private Chinese() {
    }

    /** {@return whether {@code c} is a Han ideograph (CJK Unified Ideographs, Extension A, Compatibility)} */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** {@return whether {@code c} belongs to Chinese writing: an ideograph, CJK punctuation or a full-width form} */
    static boolean isChineseWriting(char c) {
        return isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** {@return how many Han ideographs {@code text} holds} */
    static int count(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** {@return whether {@code c} is white space at the edge of a paragraph, the ideographic space 　 included} */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
