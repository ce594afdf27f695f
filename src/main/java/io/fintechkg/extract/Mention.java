package io.fintechkg.extract;

/** Where an entity is named in the article's clean text, in the form written there. */
public record Mention(int start, int end, String text) {
}
