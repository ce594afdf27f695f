package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one article, found by any of their forms. Coreference happens here: a short form is merged
 * into the full name it stands for when the text supports it (see {@link #resolveShortForms()}).
 */
final class EntityTable {

    /** A document's edition or period after its name: 行动计划（2021—2023年）. */
    private static final java.util.regex.Pattern WITH_EDITION = java.util.regex.Pattern.compile("[（(][^（）()]{1,16}[）)]$");

    private final Map<String, EntityDraft> byForm = new LinkedHashMap<>();
    private final Lexicon lexicon;

    EntityTable(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static String key(String form) {
        boolean plain = true;
        for (int i = 0; i < form.length() && plain; i++) {
            char c = form.charAt(i);
            plain = c >= 0x4E00 && c <= 0x9FFF || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (plain) {
            // the common case, Chinese characters and ASCII letters: nothing to normalise
            return form;
        }
        String s = java.text.Normalizer.normalize(form, java.text.Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && "《》“”\"'‘’「」".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    EntityDraft get(String form) {
        return form == null ? null : byForm.get(key(form));
    }

    /** {@return the entity with this form, created with the given type when new} */
    EntityDraft add(String form, EntityType type, int priority) {
        EntityDraft draft = get(form);
        if (draft == null) {
            draft = new EntityDraft(form, type, priority);
            byForm.put(key(form), draft);
        } else if (priority > draft.priority) {
            draft.type = type;
            draft.priority = priority;
        }
        return draft;
    }

    void addAlias(EntityDraft draft, String alias) {
        EntityDraft existing = get(alias);
        if (existing != null && existing != draft) {
            merge(draft, existing);
            return;
        }
        draft.forms.add(alias);
        byForm.put(key(alias), draft);
    }

    /** Makes another draft a form of {@code into}, which keeps its own name and type (a place compound's inner place). */
    void mergeAsForm(EntityDraft into, EntityDraft from) {
        String name = into.name;
        EntityType type = into.type;
        int priority = into.priority;
        merge(into, from);
        into.name = name;
        into.type = type;
        into.priority = priority;
    }

    void merge(EntityDraft into, EntityDraft from) {
        if (into == from) {
            return;
        }
        into.absorb(from);
        for (String form : from.forms) {
            byForm.put(key(form), into);
        }
    }

    Collection<EntityDraft> drafts() {
        return new LinkedHashSet<>(byForm.values());
    }

    /**
     * Merges forms that name the same entity: legal-form variants (华为技术 = 华为技术有限公司, 哈尔滨市政府 =
     * 哈尔滨市人民政府), places with and without their administrative suffix (浦东 = 浦东新区), a tail that ends only
     * one longer name (开港仪式, 专委会, 商务厅), and an abbreviation whose characters all appear, in order, in exactly one
     * longer name with the same last character (交行 → 交通银行, 中铝集团 → 中国铝业集团有限公司).
     */
    void resolveShortForms() {
        List<EntityDraft> all = new ArrayList<>(drafts());
        Set<EntityDraft> merged = new java.util.HashSet<>();
        for (EntityDraft shortOne : all) {
            if (merged.contains(shortOne) || shortOne.type == EntityType.PERSON) {
                continue;
            }
            EntityDraft target = longFormOf(shortOne, all, merged);
            if (target != null) {
                merge(target, shortOne);
                merged.add(shortOne);
            }
        }
    }

    /**
     * Merges forms the gazetteer knows as one entry: 上海 and 上海市, 建行 and 中国建设银行. Only a form that names
     * exactly one entry counts, so that a short form shared by two bodies merges nothing.
     */
    void mergeKnownForms() {
        Map<String, EntityDraft> byEntry = new LinkedHashMap<>();
        for (EntityDraft draft : new ArrayList<>(drafts())) {
            if (draft.type == null || draft.type == EntityType.PERSON) {
                continue;
            }
            for (String form : List.copyOf(draft.forms)) {
                List<Gazetteer.Entry> entries = lexicon.gazetteer.entries(form);
                if (entries.size() != 1 || entries.getFirst().type() != draft.type) {
                    continue;
                }
                EntityDraft known = byEntry.putIfAbsent(entries.getFirst().name(), draft);
                if (known != null && known != draft && drafts().contains(known)) {
                    merge(known, draft);
                    break;
                }
            }
        }
    }

    /** Gives a listed company named by a form of the gazetteer its ticker, where no stock link gave it one. */
    void addKnownTickers() {
        for (EntityDraft draft : drafts()) {
            if (draft.ticker != null || draft.type != EntityType.INSTITUTION) {
                continue;
            }
            for (String form : draft.forms) {
                List<Gazetteer.Entry> entries = lexicon.gazetteer.entries(form);
                if (entries.size() == 1 && !entries.getFirst().ticker().isEmpty()) {
                    draft.ticker = entries.getFirst().ticker();
                    break;
                }
            }
        }
    }

    /** A generic name (金融科技专委会, 开港仪式) counts only as the short form of the one longer name it ends. */
    void attachShortForm(String form, EntityType type, Mention mention) {
        EntityDraft existing = get(form);
        if (existing != null) {
            existing.mentions.add(mention);
            return;
        }
        Set<EntityDraft> longer = new LinkedHashSet<>();
        for (EntityDraft d : drafts()) {
            if (d.type == type && d.forms.stream().anyMatch(f -> f.length() > form.length() && f.endsWith(form))) {
                longer.add(d);
            }
        }
        if (longer.size() == 1) {
            EntityDraft d = longer.iterator().next();
            addAlias(d, form);
            d.mentions.add(mention);
        }
    }

    private EntityDraft longFormOf(EntityDraft shortOne, List<EntityDraft> all, Set<EntityDraft> merged) {
        String s = shortOne.name;
        List<EntityDraft> tails = new ArrayList<>();
        List<EntityDraft> abbreviated = new ArrayList<>();
        for (EntityDraft other : all) {
            if (other == shortOne || merged.contains(other) || other.type == EntityType.PERSON) {
                continue;
            }
            for (String l : other.forms) {
                if (l.length() <= s.length()) {
                    continue;
                }
                if (compatible(shortOne.type, other.type) && (isVariant(s, l) || isPlaceVariant(s, l, shortOne, other))) {
                    return other;
                }
                if (s.length() >= 3 && l.endsWith(s) && shortOne.type == other.type) {
                    tails.add(other);
                } else if (shortOne.type == other.type && (s.length() <= 4 || sharesHead(s, l, other.type))
                        && isAbbreviation(s, WITH_EDITION.matcher(l).replaceFirst(""))) {
                    abbreviated.add(other);
                }
            }
        }
        Set<EntityDraft> t = new LinkedHashSet<>(tails);
        if (t.size() == 1) {
            return t.iterator().next();
        }
        if (t.size() > 1) {
            // a chain of tails (专委会 ⊂ 金融科技专委会 ⊂ 上海市…金融科技专委会) names one entity: take the longest
            EntityDraft longest = t.stream().max((a, b) -> Integer.compare(a.name.length(), b.name.length())).get();
            if (t.stream().allMatch(d -> longest.name.endsWith(d.name))) {
                return longest;
            }
            return null;
        }
        Set<EntityDraft> a = new LinkedHashSet<>(abbreviated);
        return a.size() == 1 ? a.iterator().next() : null;
    }

    /**
     * {@return whether a longer short form keeps the head of the long name}: its place (广州市金融局 /
     * 广州市地方金融监督管理局) or, for a document, its first words (金融科技三年行动计划 / 金融科技创新发展三年行动计划)
     */
    private boolean sharesHead(String s, String l, EntityType type) {
        int common = 0;
        while (common < s.length() && common < l.length() && s.charAt(common) == l.charAt(common)) {
            common++;
        }
        if (type == EntityType.POLICY) {
            return common >= 4;
        }
        for (int k = common; k >= 2; k--) {
            if (lexicon.gazetteer.isPlace(s.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a != EntityType.PLACE && b != EntityType.PLACE && a != EntityType.EVENT
                && b != EntityType.EVENT && a != EntityType.POLICY && b != EntityType.POLICY;
    }

    /**
     * {@code l} is {@code s} with a legal form added, or the same government written with or without 人民 and with or
     * without the place above it (长宁区政府 / 上海市长宁区人民政府).
     */
    boolean isVariant(String s, String l) {
        for (String form : lexicon.suffixes.companyForms()) {
            if (l.equals(s + form)) {
                return true;
            }
        }
        String government = l.replace("人民政府", "政府");
        if (government.equals(s)) {
            return true;
        }
        return s.endsWith("政府") && government.endsWith(s) && s.length() >= 4
                && lexicon.gazetteer.isPlace(government.substring(0, government.length() - s.length()));
    }

    private static boolean isPlaceVariant(String s, String l, EntityDraft a, EntityDraft b) {
        if (a.type != EntityType.PLACE || b.type != EntityType.PLACE || !l.startsWith(s)) {
            return false;
        }
        String rest = l.substring(s.length());
        return rest.length() == 1 && "省市区县镇乡村州".contains(rest) || rest.equals("新区") || rest.equals("地区");
    }

    /** 交行 / 交通银行: same last character, every character of the short form in order in the long one. */
    boolean isAbbreviation(String s, String l) {
        NameSuffix own = lexicon.suffixes.of(s);
        if (own != null && own.kind() == NameSuffix.Kind.ORGANISATION && own.text().length() >= 2 && s.length() > own.text().length()) {
            // 青岛银行 / 青岛农商银行, 北京大学 / 北京师范大学: a short form keeps no whole organisation suffix
            return false;
        }
        if (abbreviates(s, l) || l.startsWith("中国") && abbreviates(s, l.substring(2))) {
            // 人民银行数研所 / 中国人民银行数字货币研究所: the country before a national body's name is left off too
            return true;
        }
        for (String form : lexicon.suffixes.companyForms()) {
            if (l.endsWith(form) && abbreviates(s, l.substring(0, l.length() - form.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean abbreviates(String s, String base) {
        if (base.length() <= s.length() || base.charAt(base.length() - 1) != s.charAt(s.length() - 1)
                || base.contains(s) || s.charAt(0) != base.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : s.toCharArray()) {
            at = base.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
