package io.fintechkg.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relationship indexes that the migrations leave behind, read from their Cypher in version order: a fact is
 * found by its id, and Neo4j indexes relationships one type at a time, so each relation type needs its own.
 */
final class FactIdIndexes {

    private static final String PREFIX = "fact_id_";
    private static final Pattern CREATE = Pattern.compile("CREATE\\s+INDEX\\s+(\\w+)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "FOR\\s+\\(\\)\\s*<?-\\s*\\[\\s*(\\w*)\\s*:\\s*`?(\\w+)`?\\s*]\\s*->?\\s*\\(\\)\\s+ON\\s+\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("DROP\\s+INDEX\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*");

    private record Index(String file, String name, String type, String on) {

        String pattern() {
            return "FOR ()-[r:" + type + "]-() ON (" + on + ")";
        }
    }

    private FactIdIndexes() {
    }

    static List<String> disagreements(SortedMap<String, String> files) {
        Map<String, Index> indexes = relationshipIndexes(files);
        List<String> found = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            String name = PREFIX + type.name().toLowerCase(Locale.ROOT);
            Index expected = new Index("", name, type.name(), "r.id");
            Index index = indexes.get(name);
            if (index == null) {
                found.add("cypher/migrations: no index " + name + " " + expected.pattern());
            } else if (!index.pattern().equals(expected.pattern())) {
                found.add(index.file + ": index " + name + " is " + index.pattern() + ", not " + expected.pattern());
            }
        }
        for (Index index : indexes.values()) {
            if (!isRelationType(index.type)) {
                found.add(index.file + ": index " + index.name + " is on " + index.type
                        + ", which is no relation type");
            } else if (index.name.startsWith(PREFIX)
                    && !isRelationType(index.name.substring(PREFIX.length()).toUpperCase(Locale.ROOT))) {
                found.add(index.file + ": index " + index.name + " names no relation type");
            }
        }
        return found;
    }

    /** {@return the relationship indexes by name, as the migrations leave them after every drop} */
    private static Map<String, Index> relationshipIndexes(SortedMap<String, String> files) {
        Map<String, Index> indexes = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (String statement : COMMENT.matcher(file.getValue()).replaceAll("").split(";")) {
                Matcher create = CREATE.matcher(statement);
                Matcher drop = DROP.matcher(statement);
                if (create.find()) {
                    String variable = create.group(2);
                    String on = create.group(4).replaceAll("\\s+", "").replace(variable + ".", "r.");
                    indexes.put(create.group(1), new Index(file.getKey(), create.group(1), create.group(3), on));
                } else if (drop.find()) {
                    indexes.remove(drop.group(1));
                }
            }
        }
        return indexes;
    }

    private static boolean isRelationType(String name) {
        return OntologySource.names(RelationType.class).contains(name);
    }
}
