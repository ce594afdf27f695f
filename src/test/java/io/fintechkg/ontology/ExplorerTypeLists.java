package io.fintechkg.ontology;

import static io.fintechkg.ontology.OntologySource.differences;
import static io.fintechkg.ontology.OntologySource.entityLabels;
import static io.fintechkg.ontology.OntologySource.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The keys of the explorer's type lists: a colour and a reading per entity label, a reading per relation type. */
final class ExplorerTypeLists {

    private static final Pattern ENTRY_KEY = Pattern.compile("(['\"])(.*?)\\1\\s*:|([^:]*?)\\s*:");

    private ExplorerTypeLists() {
    }

    static List<String> disagreements(SortedMap<String, String> files) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            found.addAll(compare(file, "ENTITY_COLOURS", entityLabels()));
            found.addAll(compare(file, "ENTITY_LABELS", entityLabels()));
            found.addAll(compare(file, "RELATION_LABELS", names(RelationType.class)));
        }
        return found;
    }

    private static List<String> compare(Map.Entry<String, String> file, String constant, List<String> declared) {
        return keys(file.getValue(), constant)
                .map(keys -> differences(file.getKey() + ", " + constant, declared, keys))
                .orElse(List.of(file.getKey() + ": no object " + constant));
    }

    /** {@return the keys of the object literal assigned to the named constant, in their order} */
    static Optional<List<String>> keys(String script, String constant) {
        Matcher start = Pattern.compile("\\bconst\\s+" + constant + "\\s*=\\s*\\{").matcher(script);
        if (!start.find()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        int entry = start.end();
        int depth = 0;
        for (int i = entry; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closingQuote(script, i);
            } else if (script.startsWith("//", i)) {
                i = script.indexOf('\n', i);
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == '}') && depth == 0) {
                keyOf(script.substring(entry, i)).ifPresent(keys::add);
                if (c == '}') {
                    return Optional.of(keys);
                }
                entry = i + 1;
            }
            if (i < 0) {
                break; // a string or a comment that runs to the end of the script
            }
        }
        return Optional.of(keys);
    }

    /** {@return where the string that opens at {@code open} closes, past escaped quotes; -1 when it does not} */
    private static int closingQuote(String script, int open) {
        char quote = script.charAt(open);
        for (int i = open + 1; i < script.length(); i++) {
            if (script.charAt(i) == '\\') {
                i++;
            } else if (script.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the key of one {@code key: value} entry, unquoted; empty after a trailing comma} */
    private static Optional<String> keyOf(String entry) {
        String text = entry.replaceAll("//[^\\n]*", "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher key = ENTRY_KEY.matcher(text);
        if (!key.lookingAt()) {
            return Optional.of(text); // a shorthand or a spread, kept whole so that it is reported as it stands
        }
        return Optional.of(key.group(2) != null ? key.group(2) : key.group(3));
    }
}
