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
            // 新华社北京6月24日电, 中新网哈尔滨7月27日电, 华龙网-新重庆客户端11月15日11时45分讯, 齐鲁网·闪电新闻10月14日讯
            Pattern.compile("^[\\s\u3000]*[\\p{IsHan}/·\\-A-Za-z]{0,20}?\\d{1,2}月\\d{1,2}日(\\d{1,2}时(\\d{1,2}分)?)?(电|讯)"),
            // 青岛日报/青岛观/青报网讯, 中国江苏网讯·新江苏讯
            Pattern.compile("^[\\s\u3000]*[\\p{IsHan}/·]{1,20}(网|报|社|台|报道)讯(·[\\p{IsHan}]{1,10}讯)?"),
            // 央视财经（记者 陈昊冰 苏童）, （总台央视记者 徐宁宁 杨毅）, (记者 陆波 通讯员 吕树明)
            Pattern.compile("[\\p{IsHan}]{0,6}[（(][^（）()]{0,12}(记者|编辑|通讯员|摄影|实习生)[^（）()]*[）)]"),
            // 本报记者 吕东, 证券时报记者 江聃, 记者丨曾仰琳
            Pattern.compile("[\\p{IsHan}]{0,6}记者[\\s\u3000丨|｜]+" + NAME + "([\\s\u3000]+" + NAME + ")*"),
            // 记者王敏报道 (but not 记者从…获悉)
            Pattern.compile("记者[\\p{IsHan}]{2,3}(报道|摄)"),
            // 责任编辑：张亚楠, (编辑 孙倩)
            Pattern.compile("(责任)?编辑[：:\\s\u3000]*" + NAME + "([\\s\u3000]+[A-Z0-9]+)?"),
            // 姜辉 摄
            Pattern.compile(NAME + "[\\s\u3000]*摄(?![\\p{IsHan}])"),
            // the label of the original title only: the title itself is the article's content
            Pattern.compile("原标题[：:]"),
            // 来源：深圳特区报, 作者:新闻中心 — a source or author is named up to the next wide gap or the line's end
            Pattern.compile("(来源|作者|稿源|出处)[：:][\\s\u3000]*[^\\s\u3000，。]*"),
            Pattern.compile("(发布时间|发布日期|编辑日期|阅读次数|阅读量|浏览次数|点击数|分享到)[：:][^\\n]*"));
    /**
     * A short line that carries a date or a time and no sentence — 2020-06-24 23:52:00 来源：…, 银行快报 2021年4月7日
     * 17:53:36, 新华社2024-01-15 — is the page's metadata, not news; so is a navigation bar (|Archiver|手机版|) and a
     * site's registration line (ICP备).
     */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
                    + "|\\d{1,2}:\\d{2}");
    private static final Pattern SITE_FURNITURE = Pattern.compile("ICP备|Powered by|(\\|[^|\\n]{1,12}){3,}");
    private static final int METADATA_LINE = 60;

    /** Every pattern needs one of these words; most lines have none and are skipped. */
    private static final List<String> CUES = List.of("日电", "日讯", "分讯", "网讯", "报讯", "社讯", "台讯", "记者", "编辑",
            "通讯员", "摄", "实习生", "来源", "作者", "稿源", "出处", "原标题", "发布时间", "发布日期", "阅读", "浏览", "点击数", "分享到");

    private ApparatusMask() {
    }

    /** {@return the text with apparatus replaced by {@link #MASK}, same length} */
    static String mask(String text) {
        StringBuilder masked = new StringBuilder(text);
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (isMetadata(line)) {
                for (int i = 0; i < line.length(); i++) {
                    masked.setCharAt(lineStart + i, MASK);
                }
                lineStart += line.length() + 1;
                continue;
            }
            if (CUES.stream().noneMatch(line::contains)) {
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

    private static boolean isMetadata(String line) {
        if ((line.indexOf('|') >= 0 || line.contains("ICP") || line.contains("Powered"))
                && SITE_FURNITURE.matcher(line).find()) {
            return true;
        }
        return line.length() <= METADATA_LINE && line.indexOf('，') < 0 && line.indexOf('。') < 0
                && line.chars().anyMatch(Character::isDigit) && DATE_OR_TIME.matcher(line).find();
    }
}
