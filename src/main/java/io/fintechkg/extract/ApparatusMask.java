package io.fintechkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the article's own apparatus — datelines, bylines, photo credits, editors, source lines — so that no
 * rule reads the reporter or the news agency as an entity. Offsets stay as they are: masked characters become
 * ideographic spaces, which every rule treats as a boundary.
 */
final class ApparatusMask {

    static final char MASK = '\u3000';

    private static final String NAME = "[\\p{IsHan}·]{2,8}";
    private static final List<Pattern> PATTERNS = List.of(
            // 新华社北京6月24日电, 中新网哈尔滨7月27日电
            Pattern.compile("^[\\p{IsHan}/]{0,16}?\\d{1,2}月\\d{1,2}日(电|讯)"),
            // 青岛日报/青岛观/青报网讯
            Pattern.compile("^[\\p{IsHan}/]{1,20}(网|报|社|台|报道)讯"),
            // 央视财经（记者 陈昊冰 苏童）, （总台央视记者 徐宁宁 杨毅）, (记者 陆波 通讯员 吕树明)
            Pattern.compile("[\\p{IsHan}]{0,6}[（(][^（）()]{0,12}(记者|编辑|通讯员|摄影|实习生)[^（）()]*[）)]"),
            // 本报记者 吕东, 证券时报记者 江聃
            Pattern.compile("[\\p{IsHan}]{0,6}记者[\\s\u3000]+" + NAME + "([\\s\u3000]+" + NAME + ")*"),
            // 记者王敏报道 (but not 记者从…获悉)
            Pattern.compile("记者[\\p{IsHan}]{2,3}(报道|摄)"),
            // 责任编辑：张亚楠, (编辑 孙倩)
            Pattern.compile("(责任)?编辑[：:\\s\u3000]*" + NAME + "([\\s\u3000]+[A-Z0-9]+)?"),
            // 姜辉 摄
            Pattern.compile(NAME + "[\\s\u3000]*摄(?![\\p{IsHan}])"),
            Pattern.compile("(来源|作者|原标题)[：:]"),
            Pattern.compile("(发布时间|阅读次数|分享到)[：:][^\\n]*"));

    /** Every pattern needs one of these words; most lines have none and are skipped. */
    private static final Pattern CUES = Pattern.compile("日电|日讯|网讯|报讯|社讯|台讯|报道讯|记者|编辑|通讯员|摄|实习生|来源|作者|原标题|发布时间|阅读次数|分享到");

    private ApparatusMask() {
    }

    /** {@return the text with apparatus replaced by {@link #MASK}, same length} */
    static String mask(String text) {
        StringBuilder masked = new StringBuilder(text);
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!CUES.matcher(line).find()) {
                lineStart += line.length() + 1;
                continue;
            }
            for (Pattern pattern : PATTERNS) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    for (int i = m.start(); i < m.end(); i++) {
                        masked.setCharAt(lineStart + i, MASK);
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        return masked.toString();
    }
}
