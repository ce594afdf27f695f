package io.fintechkg.extract;

import io.fintechkg.ingest.Document;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.parse.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching rules of {@code /work/shared/eval/score} (GUIDELINES.md), ported: names normalised (NFKC, no white
 * space, no 《》 or quotes), an entity matches a gold entity by name or alias, each gold entity and triple matched at most
 * once, relations by type and both ends, PARTNERS_WITH either way round.
 */
final class GoldScorer {

    /** True and false positives and false negatives of one measure, summed over articles. */
    static final class Tally {
        int tp;
        int fp;
        int fn;
        final List<String> misses = new ArrayList<>();

        double f1() {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("F1 %.3f (tp %d, fp %d, fn %d)", f1(), tp, fp, fn);
        }
    }

    final Tally entities = new Tally();
    final Tally relations = new Tally();
    /** The relation tally of each relation type. */
    final Map<String, Tally> relationsByType = new java.util.TreeMap<>();
    final List<String> wrongTickers = new ArrayList<>();
    final List<String> trapsHit = new ArrayList<>();

    /** {@return the scores of a fresh extractor on the named articles under {@code articles}, gold beside them} */
    static GoldScorer scoreAll(String articles, String gold, List<String> names) throws IOException, ParseException {
        return scoreAll(List.of(articles), gold, names);
    }

    /**
     * {@return the scores of a fresh extractor on the named articles}, each read from the first of the resource folders
     * {@code articles} that holds it, its gold from {@code gold}
     */
    static GoldScorer scoreAll(List<String> articles, String gold, List<String> names) throws IOException, ParseException {
        GoldScorer scorer = new GoldScorer();
        JsonMapper json = JsonMapper.builder().build();
        Extractor extractor = new RuleBasedExtractor();
        NewsArticleParser parser = new NewsArticleParser();
        for (String name : names) {
            String folder = articles.stream().filter(a -> GoldScorer.class.getResource(a + name) != null).findFirst()
                    .orElseThrow(() -> new IOException("no article " + name + " in " + articles));
            Extraction extraction = extractor.extract(parser.parse(new Document(name, name, bytes(folder + name))));
            String goldName = gold + name.substring(0, name.lastIndexOf('.')) + ".json";
            scorer.score(json.readTree(new String(bytes(goldName), StandardCharsets.UTF_8)), extraction);
        }
        return scorer;
    }

    /** {@return the article names of the gold files in a resource folder}, read from their {@code article} field */
    static List<String> articlesOf(String gold) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(GoldScorer.class.getResource(gold).toURI()))) {
            List<String> names = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                names.add(json.readTree(java.nio.file.Files.readString(file)).get("article").asString());
            }
            return names;
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    Tally relationsOf(String type) {
        return relationsByType.computeIfAbsent(type, t -> new Tally());
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = GoldScorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return in.readAllBytes();
        }
    }

    static String norm(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (" \t\r\n\u3000《》“”\"'‘’「」".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    void score(JsonNode gold, Extraction extraction) {
        String article = gold.get("article").asString();
        List<JsonNode> goldEntities = new ArrayList<>();
        gold.get("entities").forEach(goldEntities::add);
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < goldEntities.size(); i++) {
            JsonNode e = goldEntities.get(i);
            keys.putIfAbsent(norm(e.get("name").asString()), i);
            for (JsonNode alias : e.get("aliases")) {
                keys.putIfAbsent(norm(alias.asString()), i);
            }
        }
        Map<String, Integer> nameToGold = new HashMap<>();
        Set<Integer> matched = new HashSet<>();
        for (ExtractedEntity e : extraction.entities()) {
            Integer i = goldIndex(e, keys);
            if (i != null) {
                for (String n : forms(e)) {
                    nameToGold.putIfAbsent(norm(n), i);
                }
            }
            if (i == null || matched.contains(i)
                    || !e.type().label().equals(goldEntities.get(i).get("type").asString())) {
                entities.fp++;
                entities.misses.add(article + ": FP " + e.name() + " " + e.type().label());
            } else {
                matched.add(i);
                entities.tp++;
            }
        }
        for (int i = 0; i < goldEntities.size(); i++) {
            if (!matched.contains(i)) {
                entities.fn++;
                entities.misses.add(article + ": FN " + goldEntities.get(i).get("name").asString());
            }
        }
        Set<List<Object>> goldTriples = new HashSet<>();
        for (JsonNode r : gold.get("relations")) {
            goldTriples.add(triple(keys.get(norm(r.get("source").asString())), r.get("type").asString(),
                    keys.get(norm(r.get("target").asString()))));
        }
        Set<List<Object>> found = new HashSet<>();
        for (ExtractedRelation r : extraction.relations()) {
            Integer s = nameToGold.getOrDefault(norm(r.source()), keys.get(norm(r.source())));
            Integer t = nameToGold.getOrDefault(norm(r.target()), keys.get(norm(r.target())));
            List<Object> key = triple(s, r.type().name(), t);
            if (s != null && t != null && goldTriples.contains(key) && !found.contains(key)) {
                found.add(key);
                relations.tp++;
                relationsOf(r.type().name()).tp++;
            } else {
                relations.fp++;
                relationsOf(r.type().name()).fp++;
                relations.misses.add(article + ": FP " + r.source() + " -" + r.type() + "-> " + r.target());
            }
        }
        relations.fn += goldTriples.size() - found.size();
        goldTriples.stream().filter(k -> !found.contains(k)).forEach(k -> relationsOf((String) k.get(1)).fn++);
        goldTriples.stream().filter(k -> !found.contains(k)).forEach(k -> relations.misses.add(article + ": FN "
                + goldEntities.get((Integer) k.get(0)).get("name").asString() + " -" + k.get(1) + "-> "
                + goldEntities.get((Integer) k.get(2)).get("name").asString()));
        Map<Integer, String> tickers = new HashMap<>();
        for (ExtractedEntity e : extraction.entities()) {
            Integer i = goldIndex(e, keys);
            if (i != null && e.ticker() != null) {
                tickers.put(i, e.ticker());
            }
        }
        gold.get("tickers").properties().forEach(entry -> {
            if (!entry.getValue().asString().equals(tickers.get(keys.get(norm(entry.getKey()))))) {
                wrongTickers.add(article + ": " + entry.getKey());
            }
        });
        Set<String> names = new HashSet<>();
        extraction.entities().forEach(e -> names.add(norm(e.name())));
        for (JsonNode trap : gold.get("negatives")) {
            if (names.contains(norm(trap.asString()))) {
                trapsHit.add(article + ": " + trap.asString());
            }
        }
    }

    private static List<String> forms(ExtractedEntity e) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        return forms;
    }

    private static Integer goldIndex(ExtractedEntity e, Map<String, Integer> keys) {
        for (String n : forms(e)) {
            Integer i = keys.get(norm(n));
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private static List<Object> triple(Integer s, String type, Integer t) {
        if ("PARTNERS_WITH".equals(type) && s != null && t != null && t < s) {
            return List.of(t, type, s);
        }
        return java.util.Arrays.asList(s, type, t);
    }
}
