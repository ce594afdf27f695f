package io.fintechkg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** A set of files outside Java that restates the ontology, with the check that holds it to the declaration. */
enum OntologySource {
    SCHEMA("graphql-schema", "*.graphqls", SchemaEnums::disagreements),
    MIGRATIONS("cypher/migrations", "*.cypher", FactIdIndexes::disagreements),
    EXPLORER("src/main/frontend/explorer", "ontology.js", ExplorerTypeLists::disagreements),
    GUIDELINES("docs", "GUIDELINES.md", GuidelineOntology::disagreements);

    private final String folder;
    private final String glob;
    private final Function<SortedMap<String, String>, List<String>> check;

    OntologySource(String folder, String glob, Function<SortedMap<String, String>, List<String>> check) {
        this.folder = folder;
        this.glob = glob;
        this.check = check;
    }

    /** {@return the folder, relative to the project, that every disagreement's file lies in} */
    String folder() {
        return folder;
    }

    /** {@return the files it reads, as a pattern} */
    String files() {
        return folder + "/" + glob;
    }

    /** {@return the text of the files by their path in the project, in name order, which is the migrations' order} */
    SortedMap<String, String> read() {
        SortedMap<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(Path.of(folder), glob)) {
            for (Path path : paths) {
                files.put(folder + "/" + path.getFileName(), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** {@return each way in which the files disagree with the declaration, naming its file; empty when they agree} */
    List<String> disagreementsIn(SortedMap<String, String> files) {
        return check.apply(files);
    }

    /** {@return the labels of the declared entity types, in declaration order} */
    static List<String> entityLabels() {
        return Arrays.stream(EntityType.values()).map(EntityType::label).toList();
    }

    /** {@return the names of the declared constants of an enum, in declaration order} */
    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** {@return what a file's list lacks of the declared names, what it has beyond them and what it repeats} */
    static List<String> differences(String where, Collection<String> declared, List<String> stated) {
        List<String> found = new ArrayList<>();
        declared.stream().filter(name -> !stated.contains(name))
                .forEach(name -> found.add(where + ": missing " + name));
        Set<String> seen = new HashSet<>();
        for (String name : stated) {
            if (!declared.contains(name)) {
                found.add(where + ": extra " + name + ", which the ontology does not declare");
            } else if (!seen.add(name)) {
                found.add(where + ": " + name + " twice");
            }
        }
        return found;
    }
}
