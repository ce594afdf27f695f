package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;

/**
 * One entity as one article names it.
 *
 * @param name     the fullest form the article uses
 * @param type     its type
 * @param aliases  the other forms the article uses for it
 * @param ticker   the stock code a link gives it (e.g. {@code sh600837}), or {@code null}
 * @param mentions where it is named
 */
public record ExtractedEntity(String name, EntityType type, List<String> aliases, String ticker,
        List<Mention> mentions) {
}
