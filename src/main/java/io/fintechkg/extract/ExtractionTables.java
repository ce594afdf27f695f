package io.fintechkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data tables the extractor reads Chinese news with: word lists, name suffixes, trigger words and the gazetteers
 * of institutions and places ({@code src/main/resources/extract/*.tsv}, described in the README there). Knowledge
 * lives in these tables and the grammar in the rules, so that a reviewer reads a new name or trigger as one added
 * row. The digest of all tables is part of the extractor's version: an article read with other tables is read again.
 */
public final class ExtractionTables {

    /** Every table, in the order their bytes enter the digest. */
    static final List<String> NAMES = List.of("boundary-words", "name-verbs", "generic-words", "quantifiers",
            "list-heads", "description-words", "city-roles", "titles", "title-prefixes", "person-verbs", "surnames", "policy-heads", "non-entity-heads", "media-heads",
            "name-suffixes", "triggers", "anaphora", "predicate-openers", "institutions", "divisions", "countries", "regions");

    private static final String FOLDER = "extract/";

    /** One row of a table, its cells read by column name. */
    record Row(String table, Map<String, Integer> columns, String[] cells) {

        /** {@return the cell of that column, empty where the row is short} */
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException(table + ".tsv has no column " + column);
            }
            return i < cells.length ? cells[i].strip() : "";
        }
    }

    private final Map<String, List<Row>> tables;
    private final String digest;

    private ExtractionTables(Map<String, byte[]> contents) {
        this.tables = new LinkedHashMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : NAMES) {
            byte[] bytes = contents.get(name);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            tables.put(name, parse(name, new String(bytes, StandardCharsets.UTF_8)));
        }
        this.digest = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    /** {@return the tables bundled with the application} */
    public static ExtractionTables bundled() {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : NAMES) {
            contents.put(name, resource(name));
        }
        return new ExtractionTables(contents);
    }

    /**
     * {@return the bundled tables, with those of {@code folder} in their place}: a file {@code <table>.tsv} there
     * replaces the bundled table of that name, so that a team can try a changed lexicon without a build
     */
    public static ExtractionTables withReplacements(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder of extraction tables at " + folder.toAbsolutePath());
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = folder.resolve(name + ".tsv");
            try {
                contents.put(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : resource(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new ExtractionTables(contents);
    }

    /** {@return the rows of a table, without its comment lines and header} */
    List<Row> rows(String table) {
        List<Row> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        return rows;
    }

    /** {@return the first twelve hex digits of the SHA-256 of every table's name and bytes} */
    public String digest() {
        return digest;
    }

    private static byte[] resource(String name) {
        String path = FOLDER + name + ".tsv";
        try (InputStream in = ExtractionTables.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the extractor's table " + path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Tab-separated; lines starting with # are comments; the first other line names the columns. */
    private static List<Row> parse(String table, String text) {
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i].strip(), i);
                }
                continue;
            }
            if (cells.length > columns.size()) {
                throw new IllegalArgumentException(String.format("%s.tsv line %d: %d cells, the header names %d",
                        table, lineNumber, cells.length, columns.size()));
            }
            rows.add(new Row(table, columns, cells));
        }
        if (columns == null) {
            throw new IllegalArgumentException(table + ".tsv has no header line");
        }
        return List.copyOf(rows);
    }
}
