package io.fintechkg.parse;

import java.time.Instant;

/** What a whole HTML page says about itself in its head; every field may be {@code null}. */
record PageMetadata(String title, String url, Instant publishedAt, String source) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null);
}
