package io.fintechkg.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the text of an HTML body or page with Jsoup: one line per block, Sina's stock links kept with their offsets,
 * scripts, styles, comments, image blocks, QR-code boxes, related-news boxes and editor lines left out.
 */
final class HtmlText {

    /** The text and, for a whole page, what its head says. */
    record Result(MarkedText text, PageMetadata metadata) {
    }

    private HtmlText() {
    }

    /**
     * @param html      the markup
     * @param firstLine the line of the document on which {@code html} starts, for error messages
     * @param wholePage whether {@code html} is a whole page (no front matter) whose main text must be found
     */
    static Result read(String html, int firstLine, boolean wholePage) throws InvalidDocument {
        rejectTruncated(html, firstLine);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        BlockTextCollector collector = new BlockTextCollector();
        NodeTraversor.filter(collector, contentRoot(page, wholePage));
        return new Result(collector.text(), PageMetadata.of(page));
    }

    /**
     * A document is truncated when it ends inside a comment or inside a tag: after the last {@code <!--} there is
     * no {@code -->}, or after the last {@code <} that opens markup ({@code <} followed by a letter, {@code /},
     * {@code !} or {@code ?}, as the HTML tokenizer reads it) there is no {@code >}. Browsers drop such an
     * unfinished tag, so nothing a reader sees is lost by the rule; a page that merely leaves elements open
     * ({@code <div>} without {@code </div>}) is valid and not truncated.
     */
    static void rejectTruncated(String html, int firstLine) throws InvalidDocument {
        int comment = html.lastIndexOf("<!--");
        if (comment >= 0 && html.indexOf("-->", comment + 4) < 0) {
            throw new InvalidDocument("truncated HTML: the input ends inside the comment opened on line "
                    + lineOf(html, comment, firstLine));
        }
        for (int i = html.length() - 1; i >= 0; i--) {
            char c = html.charAt(i);
            if (c == '>') {
                return;
            }
            if (c == '<' && i + 1 < html.length() && opensMarkup(html.charAt(i + 1))) {
                String tag = html.substring(i, Math.min(html.length(), i + 20)).strip();
                throw new InvalidDocument("truncated HTML: the input ends inside the tag '" + tag + "' on line "
                        + lineOf(html, i, firstLine));
            }
        }
    }

    private static boolean opensMarkup(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    private static int lineOf(String text, int index, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Sina marks its article text {@code #artibody}. Other pages: the element whose paragraphs hold the most Chinese,
     * each {@code <p>} counting fully for its parent and half for its grandparent, so that a text whose paragraphs
     * are each wrapped in a {@code <div>} is still found as one block.
     */
    private static Element contentRoot(org.jsoup.nodes.Document page, boolean wholePage) {
        Element artibody = page.getElementById("artibody");
        if (artibody != null) {
            return artibody;
        }
        if (!wholePage) {
            return page.body();
        }
        Map<Element, Integer> chinese = new LinkedHashMap<>(); // in document order, so a tie goes to the first
        for (Element paragraph : page.getElementsByTag("p")) {
            int count = Chinese.count(paragraph.text());
            Element parent = paragraph.parent();
            if (count > 0 && parent != null) {
                chinese.merge(parent, 2 * count, Integer::sum);
                if (parent.parent() != null) {
                    chinese.merge(parent.parent(), count, Integer::sum);
                }
            }
        }
        return chinese.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(page.body());
    }

}
