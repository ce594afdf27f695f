package io.fintechkg.parse;

import java.util.regex.Pattern;

/**
 * Removes pinyin glosses that some Chinese pages print after characters, a flattened ruby annotation:
 * {@code 產(chǎn)業(yè)} is {@code 產業} to a reader. Only a gloss with a tone mark right after a Han character is taken, so
 * that ordinary Latin text in brackets ({@code 招商银行(CMB)}, {@code (abc)}) stays.
 */
final class PinyinGlosses {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=[\\p{IsHan}])[(（][a-zü" + TONED + "]*[" + TONED + "][a-zü" + TONED + "]*[)）]");

    private PinyinGlosses() {
    }

    /** {@return {@code text} without pinyin glosses; the same instance when it has none} */
    static String strip(String text) {
        if (text == null || text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        return GLOSS.matcher(text).replaceAll("");
    }
}
