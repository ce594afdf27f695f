package io.fintechkg.parse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a whole HTML page says about itself in its head; every field may be {@code null}. */
record PageMetadata(String title, String url, Instant publishedAt, String source) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    /** {@return what {@code page} declares: Open Graph and article meta tags first, then the visible heading and date} */
    static PageMetadata of(Document page) {
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
}
