package io.fintechkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names the extractor knows before it reads an article: institutions of the financial sector, China's
 * administrative divisions, countries and regions, each by every form news writes it in. A known name helps to read
 * and type a name the text contains; it never makes a mention the text does not contain.
 */
final class Gazetteer {

    /** How firmly a form names its entry. */
    enum Strength {
        /** A full name (上海市, 中信证券股份有限公司) or a conventional short form of an institution (央行, 中信证券). */
        NAME,
        /** A division's name without its suffix (浦东, 吴中): a place only where the text uses it as a word of its own. */
        SHORT
    }

    /**
     * One entry a form names.
     *
     * @param name   the entry's full name
     * @param type   its entity type
     * @param kind   its kind: a division level (province, prefecture, county), country, region, or an institution's
     *               category (securities, city-bank …)
     * @param ticker  the A-share ticker in Sina's form, or empty
     * @param parents a division's parents, nearest first (吴中区: 苏州市, 江苏省); empty for others
     */
    record Entry(String name, EntityType type, String kind, String ticker, List<String> parents) {
    }

    /** A form found in a text: where, and the entries it may name. */
    record Hit(int start, int end, String form, Strength strength, List<Entry> entries) {

        EntityType type() {
            return entries.getFirst().type();
        }
    }

    private record Form(Strength strength, List<Entry> entries) {
    }

    private final AhoCorasickDoubleArrayTrie<Form> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Form> forms;

    Gazetteer(ExtractionTables tables) {
        Map<String, Form> all = new LinkedHashMap<>();
        for (ExtractionTables.Row row : tables.rows("institutions")) {
            Entry entry = new Entry(row.get("name"), EntityType.ofLabel(row.get("type")), row.get("category"),
                    row.get("ticker"), List.of());
            add(all, entry.name(), Strength.NAME, entry);
            for (String form : row.get("short_forms").split("\\|")) {
                add(all, form, Strength.NAME, entry);
            }
        }
        Map<String, ExtractionTables.Row> byCode = new LinkedHashMap<>();
        for (ExtractionTables.Row row : tables.rows("divisions")) {
            byCode.put(row.get("code"), row);
        }
        for (ExtractionTables.Row row : tables.rows("divisions")) {
            List<String> parents = new ArrayList<>();
            for (var p = byCode.get(row.get("parent")); p != null; p = byCode.get(p.get("parent"))) {
                parents.add(p.get("name"));
            }
            Entry entry = new Entry(row.get("name"), EntityType.PLACE, row.get("level"), "", List.copyOf(parents));
            // a province's or city's short name is how news names it (上海, 杭州); a county's also names other things
            // (包河, 新城), and so does a county named with two characters and no suffix (城区, 郊区)
            boolean county = row.get("level").equals("county");
            add(all, entry.name(), county && entry.name().length() == 2 ? Strength.SHORT : Strength.NAME, entry);
            add(all, row.get("short"), county ? Strength.SHORT : Strength.NAME, entry);
        }
        for (ExtractionTables.Row row : tables.rows("countries")) {
            Entry entry = new Entry(row.get("name"), EntityType.PLACE, "country", "", List.of());
            add(all, entry.name(), Strength.NAME, entry);
            add(all, row.get("short"), Strength.NAME, entry);
        }
        for (ExtractionTables.Row row : tables.rows("regions")) {
            Entry entry = new Entry(row.get("name"), EntityType.PLACE, "region", "", List.of());
            add(all, entry.name(), Strength.NAME, entry);
            for (String form : row.get("aliases").split("\\|")) {
                add(all, form, Strength.NAME, entry);
            }
        }
        all.replaceAll((form, f) -> new Form(f.strength(), List.copyOf(f.entries())));
        this.forms = all;
        trie.build(new TreeMap<>(all));
    }

    private static void add(Map<String, Form> all, String form, Strength strength, Entry entry) {
        if (form.length() < 2) {
            return;
        }
        Form known = all.get(form);
        if (known == null) {
            all.put(form, new Form(strength, new ArrayList<>(List.of(entry))));
        } else if (!known.entries().contains(entry)) {
            known.entries().add(entry);
            if (strength == Strength.NAME && known.strength() == Strength.SHORT) {
                all.put(form, new Form(Strength.NAME, known.entries()));
            }
        }
    }

    /** {@return every known form in {@code text}, overlapping ones included, offsets shifted by {@code offset}} */
    List<Hit> find(String text, int offset) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, form) -> hits.add(new Hit(offset + begin, offset + end,
                text.substring(begin, end), form.strength(), form.entries())));
        return hits;
    }

    /** {@return the entries a whole form names, empty if it is not known} */
    List<Entry> entries(String form) {
        Form f = forms.get(form);
        return f == null ? List.of() : f.entries();
    }

    /** {@return whether the form names a place as a name of its own (not only as a county's short name)} */
    boolean isPlace(String form) {
        Form f = forms.get(form);
        return f != null && f.strength() == Strength.NAME && f.entries().stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    /** {@return whether the form names a place, a county's short name included (北碚 inside 科学城北碚园区)} */
    boolean isPlaceForm(String form) {
        Form f = forms.get(form);
        return f != null && f.entries().stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    /** {@return whether a phrase holds a name of the gazetteer (交通银行 in 交通银行金融科技)} */
    boolean knowsPartOf(String phrase) {
        boolean[] known = {false};
        trie.parseText(phrase, (begin, end, form) -> known[0] |= form.strength() == Strength.NAME);
        return known[0];
    }

    /**
     * {@return whether the words of a sentence between two offsets hold a name of the gazetteer as words of their own}:
     * 国航 is no name inside 外国|航空 (a form that straddles two words is a coincidence of characters)
     */
    boolean knowsWordsOf(Sentence sentence, int from, int to) {
        boolean[] known = {false};
        trie.parseText(sentence.text(from, to), (begin, end, form) -> known[0] |= form.strength() == Strength.NAME
                && sentence.isWordBoundary(from + begin) && sentence.isWordBoundary(from + end));
        return known[0];
    }

    int size() {
        return forms.size();
    }
}
