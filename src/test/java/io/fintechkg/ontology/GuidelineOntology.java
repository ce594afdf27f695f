package io.fintechkg.ontology;

import static io.fintechkg.ontology.OntologySource.differences;
import static io.fintechkg.ontology.OntologySource.entityLabels;
import static io.fintechkg.ontology.OntologySource.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ontology as the annotation guidelines state it: the "Entity types" table, the "Relationship types" table with
 * its {@code from → to} column, and the paragraph below it that lets a place act as its government.
 */
final class GuidelineOntology {

    private static final Pattern SEPARATOR_ROW = Pattern.compile("\\|[-:|\\s]+\\|");
    // "(an exchange or association with members)", "(a fund)": explanations, not types
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)");
    // "the Place may be the source of `ISSUED`, `ORGANIZED`, `PARTNERS_WITH` and `ESTABLISHED`"
    private static final Pattern ACTS_AS_SOURCE = Pattern.compile("the (\\w+) may be the source of ([`\\w\\s,]+)");
    private static final Pattern CODE = Pattern.compile("`(\\w+)`");

    private GuidelineOntology() {
    }

    static List<String> disagreements(SortedMap<String, String> files) {
        List<String> found = new ArrayList<>();
        files.forEach((file, markdown) -> found.addAll(disagreements(file, markdown)));
        return found;
    }

    private static List<String> disagreements(String file, String markdown) {
        List<String> relationTypes = names(RelationType.class);
        List<String> found = new ArrayList<>();
        List<List<String>> entityRows = tableRows(section(markdown, "Entity types"));
        found.addAll(differences(file + ", Entity types table", entityLabels(), firstCells(entityRows)));

        String relations = section(markdown, "Relationship types");
        List<List<String>> relationRows = tableRows(relations);
        found.addAll(differences(file + ", Relationship types table", relationTypes, firstCells(relationRows)));
        Map<String, List<String>> actingSources = actingSources(relations);
        actingSources.keySet().stream().filter(type -> !relationTypes.contains(type)).forEach(type -> found.add(
                file + ", paragraph on places: extra " + type + ", which the ontology does not declare"));
        for (List<String> row : relationRows) {
            String type = unquoted(row.get(0));
            if (!relationTypes.contains(type)) {
                continue; // already reported as extra
            }
            String[] ends = PARENTHETICAL.matcher(row.size() > 1 ? row.get(1) : "").replaceAll("").split("→");
            if (ends.length != 2) {
                found.add(file + ", " + type + " row: its from → to column has not one →");
                continue;
            }
            List<String> sources = new ArrayList<>(typeNames(ends[0]));
            sources.addAll(actingSources.getOrDefault(type, List.of()));
            RelationType declared = RelationType.valueOf(type);
            found.addAll(differences(file + ", " + type + " sources (its row with the paragraph on places)",
                    labels(declared.sources()), sources.stream().distinct().toList()));
            found.addAll(differences(file + ", " + type + " targets", labels(declared.targets()), typeNames(ends[1])));
        }
        return found;
    }

    /**
     * {@return the entity labels that the prose adds as sources, by relation type}, from sentences such as "the Place
     * may be the source of `ISSUED`, `ORGANIZED`"
     */
    private static Map<String, List<String>> actingSources(String section) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Matcher sentence = ACTS_AS_SOURCE.matcher(section.replaceAll("\\s+", " "));
        while (sentence.find()) {
            Matcher type = CODE.matcher(sentence.group(2));
            while (type.find()) {
                sources.computeIfAbsent(type.group(1), t -> new ArrayList<>()).add(sentence.group(1));
            }
        }
        return sources;
    }

    /** {@return the text under the second-level heading, up to the next one; empty when there is no such heading} */
    private static String section(String markdown, String heading) {
        Matcher start = Pattern.compile("(?m)^## " + Pattern.quote(heading) + "\\s*$").matcher(markdown);
        if (!start.find()) {
            return "";
        }
        Matcher next = Pattern.compile("(?m)^## ").matcher(markdown);
        return markdown.substring(start.end(), next.find(start.end()) ? next.start() : markdown.length());
    }

    /** {@return the cells of each body row of the section's tables, without the header and separator rows} */
    private static List<List<String>> tableRows(String section) {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : section.lines().map(String::strip).toList()) {
            if (!line.startsWith("|")) {
                header = true; // a table ends here; the next one starts with its header
            } else if (SEPARATOR_ROW.matcher(line).matches()) {
                header = false;
            } else if (!header) {
                String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
                rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList());
            }
        }
        return rows;
    }

    private static List<String> firstCells(List<List<String>> rows) {
        return rows.stream().map(row -> unquoted(row.get(0))).toList();
    }

    private static List<String> typeNames(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static String unquoted(String cell) {
        return cell.replace("`", "").strip();
    }

    private static List<String> labels(Set<EntityType> types) {
        return Arrays.stream(EntityType.values()).filter(types::contains).map(EntityType::label).toList();
    }
}
