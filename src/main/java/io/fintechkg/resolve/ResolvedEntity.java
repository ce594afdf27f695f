package io.fintechkg.resolve;

import io.fintechkg.ontology.EntityType;
import java.util.List;

/**
 * An entity of one article with the id of the real-world thing it names.
 *
 * @param id           stable id: hash of type and primary key, or the id an earlier article's alias already had
 * @param type         its type
 * @param name         the fullest form the article uses
 * @param aliases      the other forms the article uses
 * @param ticker       its stock code, or {@code null}
 * @param aliasKeys    every key by which later articles will find it (see {@link EntityNames})
 * @param mentionCount how often the article names it
 * @param resolvedBy   which rule decided the id, e.g. {@code new}, {@code alias:Institution:华为技术},
 *                     {@code ticker:sh600050}; stored on the MENTIONS relationship so every merge is explainable
 */
public record ResolvedEntity(String id, EntityType type, String name, List<String> aliases, String ticker,
        List<String> aliasKeys, int mentionCount, String resolvedBy) {
}
