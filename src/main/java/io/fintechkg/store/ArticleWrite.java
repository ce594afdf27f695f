package io.fintechkg.store;

/**
 * What writing one article did to the graph.
 *
 * @param status          whether the article was new, replaced, or already there unchanged
 * @param articleId       the article's id
 * @param entities        distinct entities the article mentions
 * @param facts           distinct facts the article states
 * @param entitiesCreated entities that did not exist before
 * @param factsCreated    facts that did not exist before
 * @param factsRemoved    facts deleted because the replaced version was their only evidence
 */
public record ArticleWrite(Status status, String articleId, int entities, int facts, int entitiesCreated,
        int factsCreated, int factsRemoved) {

    /** How the article's version relates to what the graph held. */
    public enum Status {
        NEW, UPDATED, UNCHANGED
    }

    static ArticleWrite unchanged(String articleId) {
        return new ArticleWrite(Status.UNCHANGED, articleId, 0, 0, 0, 0, 0);
    }
}
