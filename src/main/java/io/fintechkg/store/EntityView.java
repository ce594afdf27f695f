package io.fintechkg.store;

import io.fintechkg.ontology.EntityType;
import java.util.List;

/**
 * An entity as the graph holds it, read back for the API.
 *
 * @param id      the stable id of the {@code (:Entity)} node
 * @param name    its canonical name
 * @param type    its type
 * @param aliases the other names it goes by
 * @param ticker  its stock code, or {@code null}
 */
public record EntityView(String id, String name, EntityType type, List<String> aliases, String ticker) {
}
