package io.fintechkg.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the clean text: the title as the first paragraph, then the lines that are article text, trimmed of
 * indentation (the full-width spaces 　　 that Chinese paragraphs start with), joined with {@code \n}; the stock
 * links move onto the new offsets. A body line that repeats the title (a 原标题 line) is dropped, and a link on a
 * dropped line with it.
 *
 * @param text        the clean text
 * @param paragraphs  one span per kept line
 * @param sentences   the sentences of all paragraphs, in order
 * @param stockLinks  the links, with offsets into {@code text}
 * @param publishedAt the value of a {@code 发布时间:} line when the body has one, else {@code null}
 * @param hasBody     whether any line besides the title is article text
 */
record ArticleLayout(String text, List<TextSpan> paragraphs, List<TextSpan> sentences, List<StockLink> stockLinks,
        String publishedAt, boolean hasBody) {

    /** How many leading paragraphs may repeat the title; a related-news line may come before a 原标题 line. */
    private static final int TITLE_LINES = 2;

    static ArticleLayout of(MarkedText marked, String title) {
        String raw = marked.text();
        List<StockLink> links = marked.links();
        StringBuilder out = new StringBuilder(raw.length());
        List<TextSpan> paragraphs = new ArrayList<>();
        List<TextSpan> sentences = new ArrayList<>();
        List<StockLink> kept = new ArrayList<>();
        String published = null;
        int candidates = 0;
        int next = 0;
        int lineStart = 0;
        String heading = title == null ? "" : title.strip();
        if (!heading.isEmpty()) {
            // the title is the article's first statement: news states facts there (X在Y正式挂牌成立) that the body only
            // refers back to, so it is read as the text's first paragraph and a body line repeating it is dropped
            out.append(heading);
            paragraphs.add(new TextSpan(0, heading.length(), heading));
            SentenceSplitter.split(heading, 0, sentences);
        }
        while (lineStart <= raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = raw.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Chinese.isSpace(raw.charAt(start))) {
                start++;
            }
            while (end > start && Chinese.isSpace(raw.charAt(end - 1))) {
                end--;
            }
            boolean keep = false;
            int shift = 0;
            if (end > start) {
                String line = raw.substring(start, end);
                if (published == null) {
                    published = Boilerplate.publicationTime(line);
                }
                keep = !Boilerplate.isBoilerplateLine(line)
                        && !(candidates++ < TITLE_LINES && Boilerplate.repeatsTitle(line, title));
                if (keep) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    shift = out.length() - start;
                    out.append(line);
                    paragraphs.add(new TextSpan(start + shift, end + shift, line));
                    SentenceSplitter.split(line, start + shift, sentences);
                }
            }
            while (next < links.size() && links.get(next).start() < lineEnd + 1) {
                StockLink link = links.get(next++);
                int from = Math.max(link.start(), start);
                int to = Math.min(link.end(), end);
                if (keep && to > from) {
                    kept.add(new StockLink(raw.substring(from, to), link.ticker(), from + shift, to + shift));
                }
            }
            if (lineEnd == raw.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new ArticleLayout(out.toString(), List.copyOf(paragraphs), List.copyOf(sentences), List.copyOf(kept),
                published, paragraphs.size() > (heading.isEmpty() ? 0 : 1));
    }
}
