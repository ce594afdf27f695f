package io.fintechkg.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the text of an HTML body or page with Jsoup: one line per block, Sina's stock links kept with their offsets,
 * scripts, styles, comments, image blocks, QR-code boxes, related-news boxes and editor lines left out.
 */
final class HtmlText {

    /** Elements whose content is never article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "template", "svg",
            "canvas", "object", "embed", "video", "audio", "select", "textarea", "button", "head", "title",
            "figcaption", "map", "img");

    /** Elements that start a line of their own; all others (span, a, font, b, unknown tags) run on inline. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "nav", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "figure", "form", "fieldset",
            "address", "hr", "center", "body", "html", "details", "summary", "br");

    private static final String STOCK_ID = "stock_";
    private static final String QUOTE_PAGE = "/realstock/company/";

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
        Collector collector = new Collector();
        NodeTraversor.filter(collector, contentRoot(page, wholePage));
        return new Result(new MarkedText(collector.text.toString(), List.copyOf(collector.links)), metadata(page));
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

    /** Sina marks its article text {@code #artibody}; other pages: the element whose {@code <p>} children hold the most Chinese. */
    private static Element contentRoot(org.jsoup.nodes.Document page, boolean wholePage) {
        Element artibody = page.getElementById("artibody");
        if (artibody != null) {
            return artibody;
        }
        if (!wholePage) {
            return page.body();
        }
        Map<Element, Integer> chinese = new HashMap<>();
        for (Element paragraph : page.getElementsByTag("p")) {
            int count = Chinese.count(paragraph.text());
            if (count > 0 && paragraph.parent() != null) {
                chinese.merge(paragraph.parent(), count, Integer::sum);
            }
        }
        return chinese.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(page.body());
    }

    private static PageMetadata metadata(org.jsoup.nodes.Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element element : page.getElementsByTag("meta")) {
            String content = element.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String name = element.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name, content);
                }
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical]");
        Element heading = page.selectFirst("h1");
        String title = first(meta.get("og:title"), heading == null ? null : heading.text(), pageTitle(page.title()));
        String url = first(canonical == null ? null : canonical.attr("href"), meta.get("og:url"));
        Element time = page.selectFirst("time[datetime]");
        Element date = page.selectFirst(".date");
        Instant publishedAt = firstTime(meta.get("article:published_time"), meta.get("weibo: article:create_at"),
                meta.get("publishdate"), meta.get("pubdate"), meta.get("datepublished"),
                time == null ? null : time.attr("datetime"), date == null ? null : date.text());
        Element sourceElement = page.selectFirst(".source");
        String source = first(meta.get("article:author"), sourceElement == null ? null : sourceElement.text(),
                meta.get("author"), meta.get("og:site_name"));
        return new PageMetadata(title, url, publishedAt, source);
    }

    /** Page titles append the site ({@code 标题_新浪财经_新浪网}, {@code 标题 | 某网}); the article title comes first. */
    private static String pageTitle(String title) {
        int cut = title.length();
        for (String separator : List.of("_", "|", " - ")) {
            int at = title.indexOf(separator);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return title.substring(0, cut);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static Instant firstTime(String... values) {
        for (String value : values) {
            Instant instant = PublicationTime.parse(value);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** Walks the content once, writing text and line breaks and noting where each stock link starts and ends. */
    private static final class Collector implements NodeFilter {

        private final StringBuilder text = new StringBuilder();
        private final List<StockLink> links = new ArrayList<>();
        private Element link;
        private String ticker;
        private int linkStart;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE; // comments, doctype, data
            }
            String tag = element.normalName();
            boolean block = BLOCKS.contains(tag);
            if (block) {
                lineBreak();
            }
            if (SKIPPED.contains(tag) || Boilerplate.isBoilerplateElement(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (link == null) {
                String found = tickerOf(element);
                if (found != null) {
                    link = element;
                    ticker = found;
                    linkStart = text.length();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element == link) {
                    closeLink();
                }
                if (BLOCKS.contains(element.normalName())) {
                    lineBreak();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Collapses white space as a browser shows it; a non-breaking space counts as white space here too. */
        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0') {
                    int length = text.length();
                    if (length > 0 && text.charAt(length - 1) != ' ' && text.charAt(length - 1) != '\n') {
                        text.append(' ');
                    }
                } else if (c != '\u200B' && c != '\uFEFF') {
                    text.append(c);
                }
            }
        }

        private void lineBreak() {
            int length = text.length();
            if (length == 0 || text.charAt(length - 1) == '\n') {
                return;
            }
            if (text.charAt(length - 1) == ' ') {
                text.setCharAt(length - 1, '\n');
            } else {
                text.append('\n');
            }
        }

        private void closeLink() {
            int start = linkStart;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                links.add(new StockLink(text.substring(start, end), ticker, start, end));
            }
            link = null;
            ticker = null;
        }

        /** {@code <span id="stock_sh603881">}, or a bare link to Sina's quote page {@code …/realstock/company/sh603881/…}. */
        private static String tickerOf(Element element) {
            String id = element.id();
            if (id.startsWith(STOCK_ID)) {
                return validTicker(id.substring(STOCK_ID.length()));
            }
            if (element.normalName().equals("a")) {
                String href = element.attr("href");
                int at = href.indexOf(QUOTE_PAGE);
                if (at >= 0) {
                    int from = at + QUOTE_PAGE.length();
                    int to = href.indexOf('/', from);
                    return validTicker(href.substring(from, to < 0 ? href.length() : to));
                }
            }
            return null;
        }

        private static String validTicker(String candidate) {
            if (candidate.isEmpty() || candidate.length() > 16) {
                return null;
            }
            for (int i = 0; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.') {
                    return null;
                }
            }
            return candidate.toLowerCase(Locale.ROOT);
        }
    }
}
