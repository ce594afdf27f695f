package io.fintechkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One query of the Cypher cookbook ({@code cypher/queries/*.cypher}): its text and the default value of each
 * parameter, declared in the file as {@code // @param name = value}, so that every file runs as it stands and
 * documents what it expects.
 *
 * @param name     the file name without {@code .cypher}
 * @param cypher   the query, without a trailing semicolon
 * @param defaults the declared parameters; whole numbers as {@code Long}, the rest as text
 */
public record CookbookQuery(String name, String cypher, Map<String, Object> defaults) {

    private static final String FOLDER = "cypher/queries/";
    private static final Pattern PARAM = Pattern.compile("(?m)^\\s*//\\s*@param\\s+(\\w+)\\s*=\\s*(.*?)\\s*$");

    /** {@return the query read from {@code text}} */
    public static CookbookQuery parse(String name, String text) {
        var defaults = new LinkedHashMap<String, Object>();
        PARAM.matcher(text).results().forEach(m -> defaults.put(m.group(1), typed(m.group(2))));
        String cypher = text.strip();
        if (cypher.endsWith(";")) {
            cypher = cypher.substring(0, cypher.length() - 1);
        }
        return new CookbookQuery(name, cypher, Map.copyOf(defaults));
    }

    /** {@return the bundled query of that name (with or without {@code .cypher}), if there is one} */
    public static Optional<CookbookQuery> bundled(String name) {
        String base = name.endsWith(".cypher") ? name.substring(0, name.length() - ".cypher".length()) : name;
        try (InputStream in = CookbookQuery.class.getClassLoader().getResourceAsStream(FOLDER + base + ".cypher")) {
            return in == null ? Optional.empty()
                    : Optional.of(parse(base, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cookbook query " + name, e);
        }
    }

    /** {@return the names of all bundled queries, sorted} */
    public static List<String> bundledNames() {
        try {
            var resources = new PathMatchingResourcePatternResolver(CookbookQuery.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*.cypher");
            return Arrays.stream(resources).map(r -> r.getFilename().replaceFirst("\\.cypher$", ""))
                    .sorted().distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cookbook", e);
        }
    }

    /** {@return the defaults overridden by {@code given}} */
    public Map<String, Object> parameters(Map<String, String> given) {
        var parameters = new LinkedHashMap<>(defaults);
        given.forEach((key, value) -> parameters.put(key, typed(value)));
        return parameters;
    }

    private static Object typed(String value) {
        return value.matches("-?\\d{1,18}") ? (Object) Long.parseLong(value) : value;
    }
}
