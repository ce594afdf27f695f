package io.fintechkg.store;

/** One sentence of one article supporting the fact {@code factId}. */
public record EvidenceView(String factId, String sentence, int start, int end, double confidence, String rule,
        ArticleView article) {
}
