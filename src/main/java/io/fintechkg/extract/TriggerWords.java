package io.fintechkg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The trigger words of {@code triggers.tsv} by class, put into sentence shapes written with {@code {CLASS}}. */
final class TriggerWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)\\}");

    private final Map<String, List<String>> byClass;

    TriggerWords(List<ExtractionTables.Row> rows) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (ExtractionTables.Row row : rows) {
            String word = row.get("word");
            if (!word.codePoints().allMatch(Character::isIdeographic)) {
                // the words go into regular expressions as they are
                throw new IllegalArgumentException("triggers.tsv: a trigger word is written in Chinese characters only: " + word);
            }
            classes.computeIfAbsent(row.get("class"), c -> new java.util.ArrayList<>()).add(word);
        }
        classes.replaceAll((c, words) -> words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        this.byClass = Map.copyOf(classes);
    }

    /** {@return the words of a class, longest first} */
    List<String> words(String triggerClass) {
        List<String> words = byClass.get(triggerClass);
        if (words == null) {
            throw new IllegalArgumentException("triggers.tsv has no class " + triggerClass);
        }
        return words;
    }

    /** {@return {@code shape} with every {@code {CLASS}} replaced by a group matching one word of the class} */
    String fill(String shape) {
        Matcher m = PLACEHOLDER.matcher(shape);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String words = String.join("|", words(m.group(1)));
            m.appendReplacement(b, Matcher.quoteReplacement("(?:" + words + ")"));
        }
        m.appendTail(b);
        return b.toString();
    }
}
