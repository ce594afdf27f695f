package io.fintechkg.extract;

/**
 * Why a relation was extracted: the sentence that states it.
 *
 * @param sentence   the sentence as it stands in the clean text
 * @param start      the sentence's start offset in the article's clean text
 * @param end        its end offset (exclusive)
 * @param confidence how sure the rule is, in [0, 1]
 * @param rule       the rule or component that read it, e.g. {@code trigger:入驻}
 */
public record Evidence(String sentence, int start, int end, double confidence, String rule) {
}
