package io.fintechkg.store;

import java.time.OffsetDateTime;

/** An article node's properties; {@code publishedAt} is {@code null} for undated articles. */
public record ArticleView(String id, String title, String url, String fileName, String source,
        OffsetDateTime publishedAt, OffsetDateTime ingestedAt) {
}
