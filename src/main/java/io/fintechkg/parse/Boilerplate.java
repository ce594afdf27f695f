package io.fintechkg.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What news pages wrap around an article and is no part of it: editor credits, app and QR-code boxes, related-news
 * boxes, image captions and image file names, page counters, and a first line that repeats the title.
 */
final class Boilerplate {

    /** Class or id fragments of Sina's (and common CMS) furniture around the article text. */
    private static final List<String> ELEMENT_MARKERS = List.of("qr", "article-editor", "img_wrapper", "img_descr",
            "fin_reference", "caption", "related", "adlist");

    /** Lines that start with one of these labels followed by a colon are page furniture. */
    private static final List<String> LABELS = List.of("责任编辑", "相关新闻", "相关阅读", "相关报道", "延伸阅读", "推荐阅读",
            "发布时间", "阅读次数", "浏览次数", "点击次数", "阅读量", "分享到", "图片来源", "图片来自", "图源");

    private static final List<String> IMAGE_SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg");

    /** A photo credit closing a caption: {@code …交流。　姜辉 摄}, {@code （新华社记者 李贺 摄）}. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("[\\s\u3000][^\\s\u3000]{1,12}[\\s\u3000]?摄[）)]?$");

    private Boilerplate() {
    }

    static boolean isBoilerplateElement(Element element) {
        String id = element.id();
        String className = element.className();
        if (id.isEmpty() && className.isEmpty()) {
            return false;
        }
        String names = (className + ' ' + id).toLowerCase(Locale.ROOT);
        for (String marker : ELEMENT_MARKERS) {
            if (names.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether a trimmed line of body text is furniture rather than article text} */
    static boolean isBoilerplateLine(String line) {
        return labelValue(line) != null || isEditorCredit(line) || line.contains("尽在新浪财经APP")
                || isImageName(line) || isPhotoCaption(line);
    }

    /** {@return the value of a {@code 发布时间:…} line, or {@code null} for any other line} */
    static String publicationTime(String line) {
        String value = labelValue(line);
        return value != null && line.startsWith("发布时间") ? value : null;
    }

    /** {@return what follows a known label and its colon, or {@code null} when the line does not start with one} */
    private static String labelValue(String line) {
        for (String label : LABELS) {
            if (line.startsWith(label) && line.length() > label.length()) {
                char colon = line.charAt(label.length());
                if (colon == '：' || colon == ':') {
                    return line.substring(label.length() + 1).strip();
                }
            }
        }
        return null;
    }

    /** {@code （编辑 孙倩）}, {@code (责任编辑：张三)}: a bracketed credit line that only names the editor. */
    private static boolean isEditorCredit(String line) {
        if (line.length() < 4 || line.length() > 40) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        boolean bracketed = (first == '（' || first == '(') && (last == '）' || last == ')');
        String inner = bracketed ? line.substring(1, line.length() - 1).strip() : line;
        return (inner.startsWith("编辑") || inner.startsWith("责任编辑"))
                && (bracketed || inner.startsWith("编辑：") || inner.startsWith("编辑:"));
    }

    /** A line that is nothing but an image file name or a Markdown image, such as {@code 640.png}. */
    private static boolean isImageName(String line) {
        if (line.startsWith("![") && line.endsWith(")")) {
            return true;
        }
        if (line.length() > 200) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Chinese.isSpace(line.charAt(i))) {
                return false;
            }
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String suffix : IMAGE_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPhotoCaption(String line) {
        char last = line.charAt(line.length() - 1);
        return line.length() <= 160 && (last == '摄' || last == '）' || last == ')') && PHOTO_CREDIT.matcher(line).find();
    }

    /**
     * {@return whether {@code line} (maybe prefixed 原标题：) says the same as the title} Punctuation, white space and
     * letter width are ignored: {@code 原标题：浦东金融数据港开港，构建…} repeats {@code 浦东金融数据港开港 构建…}.
     */
    static boolean repeatsTitle(String line, String title) {
        if (title == null) {
            return false;
        }
        String text = line.startsWith("原标题") ? line.substring(3) : line;
        String wanted = lettersAndDigits(title);
        return !wanted.isEmpty() && wanted.equals(lettersAndDigits(text));
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width letters and digits read as their ASCII forms
            }
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString();
    }
}
