package io.fintechkg.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain-text and Markdown news: every non-blank line is a paragraph (Chinese news text is not hard-wrapped,
 * and the plain-text news we read puts one paragraph on a line with or without blank lines between). Markdown
 * marks that a reader does not see are removed: heading and quote markers, list bullets, emphasis, link targets.
 */
final class PlainText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    /** Plain text and its first line when that line looks like a heading; see {@link #read}. */
    record Result(MarkedText text, String heading) {
    }

    private PlainText() {
    }

    /**
     * {@return the lines of {@code body} without Markdown marks, and its heading} The heading is a first line written
     * as a Markdown heading ({@code # …}), or a short first line (at most 64 characters) without an end mark
     * followed by more text, which is how plain-text news starts with its title.
     */
    static Result read(String body) {
        StringBuilder text = new StringBuilder(body.length());
        String heading = null;
        boolean first = true;
        boolean markdownHeading = false;
        for (String line : body.split("\r\n|\r|\n", -1)) {
            String stripped = line.strip();
            if (first && !stripped.isEmpty()) {
                markdownHeading = stripped.startsWith("#");
            }
            String clean = unmark(stripped);
            if (first && !clean.isEmpty()) {
                heading = clean;
                first = false;
            }
            text.append(clean).append('\n');
        }
        if (heading != null && !markdownHeading && !looksLikeTitle(heading, text.length())) {
            heading = null;
        }
        return new Result(new MarkedText(text.toString(), List.of()), heading);
    }

    private static boolean looksLikeTitle(String line, int bodyLength) {
        char last = line.charAt(line.length() - 1);
        boolean ended = "。！？；.!?;”」）)".indexOf(last) >= 0;
        return line.length() <= 64 && !ended && bodyLength > line.length() + 1;
    }

    private static String unmark(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String text = PinyinGlosses.strip(line);
        char first = text.charAt(0);
        if (first == '#' || first == '>') {
            int at = 0;
            while (at < text.length() && (text.charAt(at) == '#' || text.charAt(at) == '>')) {
                at++;
            }
            text = text.substring(at).strip();
        } else if ((first == '-' || first == '*' || first == '+') && text.length() > 1 && text.charAt(1) == ' ') {
            text = text.substring(2).strip();
        }
        if (isRule(text)) {
            return "";
        }
        if (text.indexOf('[') >= 0) {
            text = IMAGE.matcher(text).replaceAll("");
            text = LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        return text.strip();
    }

    /** {@code ---}, {@code ***}: a Markdown horizontal rule. */
    private static boolean isRule(String text) {
        if (text.length() < 3) {
            return false;
        }
        char mark = text.charAt(0);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != mark && text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
