package io.fintechkg.parse;

import io.fintechkg.ingest.Document;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the news we ingest: Sina pages saved by Hexo (YAML front matter and an HTML body), whole HTML pages (Sina's
 * {@code #artibody}, or the block with the most Chinese text), and plain text or Markdown with optional front matter.
 * HTML is read with Jsoup, once per document. Stateless, so one instance serves all threads.
 */
public final class NewsArticleParser implements ArticleParser {

    private static final List<String> TEXT_FIELDS = List.of("description", "summary", "excerpt", "content");

    @Override
    public ParsedArticle parse(Document document) throws ParseException {
        String name = document == null || document.name() == null ? "(unnamed)" : document.name();
        try {
            if (document == null) {
                throw new InvalidDocument("no document");
            }
            return read(name, document);
        } catch (InvalidDocument e) {
            throw new ParseException(name, e.getMessage(), e.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must cost one document, never the batch: report it as this document's failure.
            throw new ParseException(name, "unexpected failure: " + e, e);
        }
    }

    private static ParsedArticle read(String name, Document document) throws InvalidDocument {
        String text = DocumentText.decode(document.content());
        FrontMatter.Split split = FrontMatter.split(text);
        FrontMatter frontMatter = split.frontMatter();
        String body = split.body();
        boolean html = looksLikeHtml(body);
        MarkedText marked;
        PageMetadata page;
        String heading = null;
        if (html) {
            HtmlText.Result result = HtmlText.read(body, split.bodyLine(), !split.present());
            marked = result.text();
            page = result.metadata();
        } else {
            PlainText.Result result = PlainText.read(body);
            marked = result.text();
            heading = result.heading();
            page = PageMetadata.NONE;
        }
        String title = PinyinGlosses.strip(first(frontMatter.text("title"), page.title(), heading));
        ArticleLayout layout = ArticleLayout.of(marked, title);
        if (!layout.hasBody()) {
            // An empty body wrapper is valid; a post may keep its text in the front matter instead.
            String summary = frontMatter.text(TEXT_FIELDS.toArray(String[]::new));
            if (summary != null) {
                layout = ArticleLayout.of(PlainText.read(summary).text(), title);
            }
        }
        if (!layout.hasBody()) {
            throw new InvalidDocument(body.isBlank() ? "no body text after the front matter"
                    : html ? "no body text: the HTML holds no article text"
                    : "no body text: only image names and page furniture");
        }
        Instant publishedAt = frontMatter.date();
        if (publishedAt == null) {
            publishedAt = page.publishedAt() != null ? page.publishedAt() : PublicationTime.parse(layout.publishedAt());
        }
        return new ParsedArticle(name, document.origin(), title == null ? withoutExtension(name) : title, publishedAt,
                first(frontMatter.text("url", "link", "permalink"), page.url()),
                first(frontMatter.text("author", "source"), page.source()), frontMatter.categories(), layout.text(),
                layout.paragraphs(), layout.sentences(), layout.stockLinks(), sha256(document.content()));
    }

    /** A body is HTML when its first non-blank character opens markup; {@code <5%} in plain text does not. */
    private static boolean looksLikeHtml(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Chinese.isSpace(c)) {
                if (c != '<' || i + 1 >= body.length()) {
                    return false;
                }
                char next = body.charAt(i + 1);
                return Character.isLetter(next) || next == '!' || next == '?';
            }
        }
        return false;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
