package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.List;
import java.util.Optional;

/** Looks up what an extraction found, by any form of a name. */
record ExtractionAssert(Extraction extraction) {

    static ExtractionAssert extract(String text, io.fintechkg.parse.StockLink... links) {
        return new ExtractionAssert(new RuleBasedExtractor().extract(Articles.of(text, links)));
    }

    Optional<ExtractedEntity> entity(String form) {
        return extraction.entities().stream()
                .filter(e -> e.name().equals(form) || e.aliases().contains(form)).findFirst();
    }

    EntityType typeOf(String form) {
        return entity(form).map(ExtractedEntity::type).orElse(null);
    }

    List<String> names() {
        return extraction.entities().stream().map(ExtractedEntity::name).toList();
    }

    boolean has(String source, RelationType type, String target) {
        String s = entity(source).map(ExtractedEntity::name).orElse(source);
        String t = entity(target).map(ExtractedEntity::name).orElse(target);
        return extraction.relations().stream().anyMatch(r -> r.type() == type
                && (r.source().equals(s) && r.target().equals(t)
                        || type.symmetric() && r.source().equals(t) && r.target().equals(s)));
    }

    List<String> relations() {
        return extraction.relations().stream().map(r -> r.source() + " -" + r.type() + "-> " + r.target()).toList();
    }
}
