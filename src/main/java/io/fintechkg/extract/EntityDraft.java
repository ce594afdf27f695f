package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entity while the article is being read: the forms it goes by, its type, ticker and mentions. */
final class EntityDraft {

    String name;
    EntityType type;
    int priority;
    String ticker;
    final Set<String> forms = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();

    EntityDraft(String name, EntityType type, int priority) {
        this.name = name;
        this.type = type;
        this.priority = priority;
        forms.add(name);
    }

    /** Takes over another draft's forms and mentions; the longer name and the stronger type win. */
    void absorb(EntityDraft other) {
        if (other == this) {
            return;
        }
        forms.addAll(other.forms);
        mentions.addAll(other.mentions);
        if (other.priority > priority || other.priority == priority && other.name.length() > name.length()) {
            type = other.type;
            priority = other.priority;
        }
        if (ticker == null) {
            ticker = other.ticker;
        }
        name = forms.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(name);
    }

    /** {@return the entity, its name and aliases written by {@code writtenAs} (in the article's own characters)} */
    ExtractedEntity toEntity(java.util.function.UnaryOperator<String> writtenAs) {
        List<String> aliases = forms.stream().filter(f -> !f.equals(name)).map(writtenAs).distinct().toList();
        List<Mention> sorted = mentions.stream().distinct()
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        return new ExtractedEntity(writtenAs.apply(name), type, aliases, ticker, sorted);
    }
}
