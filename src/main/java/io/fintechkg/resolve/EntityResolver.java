package io.fintechkg.resolve;

import io.fintechkg.extract.Evidence;
import io.fintechkg.extract.ExtractedEntity;
import io.fintechkg.extract.ExtractedRelation;
import io.fintechkg.extract.Extraction;
import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every entity of an article the id of the one real-world thing it names, across articles.
 *
 * <p>Within the article, entities that share a key (same normalised name or alias, same name without company
 * form, same ticker, same type) are one. Across articles, the keys are looked up in the {@link AliasLookup}; the
 * first hit in this order decides: ticker, the name without company form, then any other key. An entity no key
 * finds gets {@code hash(type, name without company form)}, so two machines ingesting the same articles in any
 * order reach the same id for 华为技术有限公司 and 华为技术. Which rule decided is kept in
 * {@link ResolvedEntity#resolvedBy()} and logged at debug.
 */
public final class EntityResolver {

    private static final Logger log = LoggerFactory.getLogger(EntityResolver.class);

    /**
     * Short forms shorter than this are kept as aliases of the entity but are not keys for other articles:
     * 协会, 央行, 该行 only make sense in the article that uses them.
     */
    private static final int MIN_SHARED_ALIAS_LENGTH = 4;

    /** {@return the article with its entities resolved against what the graph knows} */
    public ResolvedArticle resolve(Extraction extraction, AliasLookup lookup) {
        var article = extraction.article();
        List<Group> groups = group(extraction.entities());
        var allKeys = new LinkedHashSet<String>();
        groups.forEach(group -> allKeys.addAll(group.keys));
        Map<String, String> known = allKeys.isEmpty() ? Map.of() : lookup.entityIds(allKeys);

        var entities = new ArrayList<ResolvedEntity>();
        var idByName = new HashMap<String, String>();
        for (Group group : groups) {
            ResolvedEntity entity = group.resolve(known);
            entities.add(entity);
            for (ExtractedEntity member : group.members) {
                idByName.put(member.name(), entity.id());
                idByName.putIfAbsent(EntityNames.normalise(member.name()), entity.id());
            }
            if (!"new".equals(entity.resolvedBy())) {
                log.debug("{}: {} {} → {} by {}", article.name(), entity.type().label(), entity.name(), entity.id(),
                        entity.resolvedBy());
            }
        }
        return new ResolvedArticle(articleId(article.url(), article.name()), article, List.copyOf(entities),
                facts(extraction.relations(), idByName, article.name()), extraction.extractorVersion());
    }

    /** {@return the id of an article: hash of its URL, or of its document name when it has none} */
    public static String articleId(String url, String documentName) {
        return url != null && !url.isBlank() ? StableIds.of("url", url.trim()) : StableIds.of("document", documentName);
    }

    private static List<ResolvedFact> facts(List<ExtractedRelation> relations, Map<String, String> idByName,
            String articleName) {
        var byId = new LinkedHashMap<String, ResolvedFact>();
        for (ExtractedRelation relation : relations) {
            String source = idOf(relation.source(), idByName);
            String target = idOf(relation.target(), idByName);
            if (source == null || target == null || source.equals(target)) {
                log.debug("{}: skipping {} {} {}: an end is not an entity of the article", articleName,
                        relation.source(), relation.type(), relation.target());
                continue;
            }
            if (relation.type().symmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            String id = StableIds.of(source, relation.type().name(), target);
            var evidence = relation.evidence().isEmpty()
                    ? List.of(new Evidence("", 0, 0, relation.confidence(), "unstated"))
                    : relation.evidence();
            ResolvedFact existing = byId.get(id);
            var merged = new ArrayList<Evidence>(existing == null ? List.of() : existing.evidence());
            evidence.stream().filter(e -> !merged.contains(e)).forEach(merged::add);
            byId.put(id, new ResolvedFact(id, source, relation.type(), target, List.copyOf(merged)));
        }
        return List.copyOf(byId.values());
    }

    private static String idOf(String name, Map<String, String> idByName) {
        String id = idByName.get(name);
        return id != null ? id : idByName.get(EntityNames.normalise(name));
    }

    /** Entities of one article that share a key, joined until no two groups share one. */
    private static List<Group> group(List<ExtractedEntity> extracted) {
        var groups = new ArrayList<Group>();
        for (ExtractedEntity entity : extracted) {
            var joined = new Group(entity);
            for (var it = groups.iterator(); it.hasNext();) {
                Group other = it.next();
                if (other.type == joined.type && other.sharesKeyWith(joined)
                        || other.ticker() != null && other.ticker().equals(joined.ticker())) {
                    joined.absorb(other);
                    it.remove();
                }
            }
            groups.add(joined);
        }
        return groups;
    }

    private static final class Group {
        final EntityType type;
        final List<ExtractedEntity> members = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();

        Group(ExtractedEntity entity) {
            this.type = entity.type();
            members.add(entity);
            keys.addAll(keysOf(entity));
        }

        boolean sharesKeyWith(Group other) {
            return other.keys.stream().anyMatch(keys::contains);
        }

        void absorb(Group other) {
            members.addAll(0, other.members);
            keys.addAll(other.keys);
        }

        String ticker() {
            return members.stream().map(ExtractedEntity::ticker).filter(t -> t != null && !t.isBlank()).findFirst()
                    .orElse(null);
        }

        String name() {
            // the fullest form: the longest name any member gives, the first on a tie
            String best = members.getFirst().name();
            for (ExtractedEntity member : members) {
                if (member.name().length() > best.length()) {
                    best = member.name();
                }
            }
            return best;
        }

        ResolvedEntity resolve(Map<String, String> known) {
            String name = name();
            String primaryKey = EntityNames.key(type,
                    EntityNames.withoutCompanyForm(EntityNames.normalise(name), type));
            String ticker = ticker();
            String id;
            String rule;
            if (ticker != null && known.containsKey(EntityNames.tickerKey(ticker))) {
                id = known.get(EntityNames.tickerKey(ticker));
                rule = EntityNames.tickerKey(ticker);
            } else if (known.containsKey(primaryKey)) {
                id = known.get(primaryKey);
                rule = "name:" + primaryKey;
            } else {
                String aliasKey = keys.stream().filter(known::containsKey).findFirst().orElse(null);
                id = aliasKey != null ? known.get(aliasKey) : StableIds.of(primaryKey);
                rule = aliasKey != null ? "alias:" + aliasKey : "new";
            }
            var aliases = new LinkedHashSet<String>();
            for (ExtractedEntity member : members) {
                aliases.add(member.name());
                aliases.addAll(member.aliases());
            }
            aliases.remove(name);
            int mentions = members.stream().mapToInt(m -> Math.max(1, m.mentions().size())).sum();
            return new ResolvedEntity(id, type, name, List.copyOf(aliases), ticker, List.copyOf(keys), mentions,
                    rule);
        }

        private static Set<String> keysOf(ExtractedEntity entity) {
            var keys = new LinkedHashSet<String>();
            String name = EntityNames.normalise(entity.name());
            keys.add(EntityNames.key(entity.type(), EntityNames.withoutCompanyForm(name, entity.type())));
            keys.add(EntityNames.key(entity.type(), name));
            for (String alias : entity.aliases()) {
                String form = EntityNames.normalise(alias);
                if (form.codePointCount(0, form.length()) >= MIN_SHARED_ALIAS_LENGTH) {
                    keys.add(EntityNames.key(entity.type(), EntityNames.withoutCompanyForm(form, entity.type())));
                    keys.add(EntityNames.key(entity.type(), form));
                }
            }
            if (entity.ticker() != null && !entity.ticker().isBlank()) {
                keys.add(EntityNames.tickerKey(entity.ticker()));
            }
            return keys;
        }
    }
}
