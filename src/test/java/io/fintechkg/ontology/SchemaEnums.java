package io.fintechkg.ontology;

import static io.fintechkg.ontology.OntologySource.differences;
import static io.fintechkg.ontology.OntologySource.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values of the GraphQL schema's {@code EntityType} and {@code RelationType} enums, read from the SDL. */
final class SchemaEnums {

    // `extend enum` adds to an enum, so every declaration of the name counts
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)[^{]*\\{([^}]*)}");
    private static final Pattern VALUE = Pattern.compile("\\b[_A-Za-z]\\w*");
    // descriptions and comments are prose, and a directive's arguments are no values
    private static final Pattern NOT_VALUES = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|#[^\\n]*|@\\w+(?:\\([^)]*\\))?");

    private SchemaEnums() {
    }

    static List<String> disagreements(SortedMap<String, String> files) {
        List<String> found = new ArrayList<>();
        found.addAll(compare(files, "EntityType", names(EntityType.class)));
        found.addAll(compare(files, "RelationType", names(RelationType.class)));
        return found;
    }

    private static List<String> compare(SortedMap<String, String> files, String enumName, List<String> declared) {
        List<String> declaring = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            List<String> inFile = values(file.getValue(), enumName);
            if (!inFile.isEmpty()) {
                declaring.add(file.getKey());
                values.addAll(inFile);
            }
        }
        if (declaring.isEmpty()) {
            return List.of(String.join(", ", files.keySet()) + ": no enum " + enumName);
        }
        return differences(String.join(", ", declaring) + ", enum " + enumName, declared, values);
    }

    /** {@return the values that the schema gives the named enum, in their order; empty when it declares none} */
    static List<String> values(String schema, String enumName) {
        List<String> values = new ArrayList<>();
        Matcher declaration = ENUM.matcher(NOT_VALUES.matcher(schema).replaceAll(" "));
        while (declaration.find()) {
            if (declaration.group(1).equals(enumName)) {
                VALUE.matcher(declaration.group(2)).results().forEach(value -> values.add(value.group()));
            }
        }
        return values;
    }
}
