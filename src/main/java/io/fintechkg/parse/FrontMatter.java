package io.fintechkg.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML block between two {@code ---} lines at the top of a Hexo post or a Markdown file, read with SnakeYAML.
 *
 * @param fields the top-level mapping, empty when the document has no front matter
 */
record FrontMatter(Map<String, Object> fields) {

    static final FrontMatter NONE = new FrontMatter(Map.of());

    /** A document cut into its front matter and the body after it; {@code bodyLine} is the body's first line, 1-based. */
    record Split(FrontMatter frontMatter, String body, int bodyLine, boolean present) {
    }

    /** {@return the document's front matter and body; a document without a leading {@code ---} line is all body} */
    static Split split(String text) throws InvalidDocument {
        int lineStart = 0;
        int line = 1;
        // Saved Sina pages begin with an empty line before the opening ---, so leading blank lines are allowed.
        while (true) {
            int lineEnd = lineEnd(text, lineStart);
            String content = text.substring(lineStart, lineEnd).strip();
            if (!content.isEmpty()) {
                if (!content.equals("---")) {
                    return new Split(NONE, text, 1, false);
                }
                break;
            }
            if (lineEnd >= text.length()) {
                return new Split(NONE, text, 1, false);
            }
            lineStart = next(text, lineEnd);
            line++;
        }
        int openingLine = line;
        int yamlStart = next(text, lineEnd(text, lineStart));
        int cursor = yamlStart;
        int yamlLine = openingLine + 1;
        line = yamlLine;
        while (cursor < text.length()) {
            int lineEnd = lineEnd(text, cursor);
            String content = text.substring(cursor, lineEnd).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                FrontMatter frontMatter = load(text.substring(yamlStart, cursor), yamlLine);
                return new Split(frontMatter, text.substring(next(text, lineEnd)), line + 1, true);
            }
            cursor = next(text, lineEnd);
            line++;
        }
        throw new InvalidDocument("front matter not closed: the '---' on line " + openingLine
                + " has no closing '---' line");
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    private static FrontMatter load(String yaml, int firstLine) throws InvalidDocument {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        Object loaded;
        try {
            DumperOptions dumping = new DumperOptions();
            loaded = new Yaml(new SafeConstructor(options), new Representer(dumping), dumping, options,
                    new DatesAsText()).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (firstLine + mark.getLine());
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InvalidDocument("invalid YAML in front matter" + where + ": " + problem, e);
        } catch (YAMLException e) {
            throw new InvalidDocument("invalid YAML in front matter: " + e.getMessage(), e);
        }
        if (loaded == null) {
            return NONE;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new InvalidDocument("invalid YAML in front matter at line " + firstLine
                    + ": expected 'key: value' lines, found " + describe(loaded));
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return new FrontMatter(fields);
    }

    private static String describe(Object loaded) {
        return loaded instanceof List<?> ? "a list" : "a single value";
    }

    /** {@return the first of {@code keys} that holds a non-blank scalar, as text, or {@code null}} */
    String text(String... keys) {
        for (String key : keys) {
            Object value = fields.get(key);
            if (value instanceof Date date) {
                return date.toInstant().toString();
            }
            if (value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
                String text = value.toString().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** {@return the publication time under {@code date}; only an explicit {@code !!timestamp} arrives as a {@link Date}} */
    Instant date() {
        Object value = fields.get("date");
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return PublicationTime.parse(text("date"));
    }

    /** {@return the categories, whether written as a list or as one value} */
    List<String> categories() {
        Object value = fields.get("categories");
        List<String> categories = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !item.toString().isBlank()) {
                    categories.add(item.toString().strip());
                }
            }
        } else if (value != null && !value.toString().isBlank()) {
            categories.add(value.toString().strip());
        }
        return List.copyOf(categories);
    }

    /**
     * Leaves dates as the text they are. YAML reads an unquoted {@code 2021-07-27 18:58:44} as UTC, while the same
     * value quoted, or written on the page, is China Standard Time by {@link PublicationTime}'s rule; one rule
     * for both is less surprising.
     */
    private static final class DatesAsText extends Resolver {

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}
