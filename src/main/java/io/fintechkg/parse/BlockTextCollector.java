package io.fintechkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks an HTML tree once, writing its text with one line per block and noting where each stock link starts and
 * ends. Inline elements add nothing between their texts, so a word that Sina's linker cut apart
 * ({@code 创<span id="stock_sz002001"><a>新和成</a></span>果}) comes out whole.
 */
final class BlockTextCollector implements NodeFilter {

    /** Elements whose content is never article text (navigation and page footers included). */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "template", "svg",
            "canvas", "object", "embed", "video", "audio", "select", "textarea", "button", "head", "title",
            "figcaption", "map", "img", "nav", "footer");

    /** Elements that start a line of their own; all others (span, a, font, b, unknown tags) run on inline. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "nav", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "figure", "form", "fieldset",
            "address", "hr", "center", "body", "html", "details", "summary", "br");

    private static final String STOCK_ID = "stock_";
    private static final String QUOTE_PAGE = "/realstock/company/";


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
    private void append(String node) {
        String raw = PinyinGlosses.strip(node);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0') {
                int length = text.length();
                if (length > 0 && text.charAt(length - 1) != ' ' && text.charAt(length - 1) != '\n') {
                    text.append(' ');
                }
            } else if (c >= ' ' && c != '\u007F' && c != '\u200B' && c != '\uFEFF') {
                text.append(c); // control characters and zero-width marks are invisible, and would split words
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

    /** {@return the text written so far, with its stock links} */
    MarkedText text() {
        return new MarkedText(text.toString(), List.copyOf(links));
    }
}
