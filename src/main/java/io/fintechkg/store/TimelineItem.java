package io.fintechkg.store;

import java.time.LocalDate;

/**
 * One fact around an entity as one article states it.
 *
 * @param date     the article's publication date, or {@code null}
 * @param fact     the fact
 * @param evidence the sentence stating it, with its article
 */
public record TimelineItem(LocalDate date, FactView fact, EvidenceView evidence) {
}
