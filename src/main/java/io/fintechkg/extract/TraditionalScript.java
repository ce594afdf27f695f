package io.fintechkg.extract;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * News from Hong Kong, Macau and Taiwan is written in traditional characters (前海深港國際金融城). The rules and the
 * tables are written in simplified ones, so an article is read on a simplified view of its text and its names are
 * reported in its own characters. The view converts one character for one, with HanLP's character table, so that
 * every offset into the view is an offset into the article.
 */
final class TraditionalScript {

    private static final class Table {
        private static final Map<Character, Character> SIMPLIFIED = load();
    }

    private TraditionalScript() {
    }

    /** {@return {@code text} with every traditional character replaced by its simplified form; same length} */
    static String simplified(String text) {
        Map<Character, Character> table = Table.SIMPLIFIED;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            Character s = table.get(text.charAt(i));
            if (s != null) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * {@return a function that writes a form read on {@code simplified} in the characters of {@code original}}: the
     * form's own span in the article where it is written there, else character by character as this article writes
     * each character
     */
    static java.util.function.UnaryOperator<String> writtenAs(String original, String simplified) {
        if (original.equals(simplified)) {
            return java.util.function.UnaryOperator.identity();
        }
        Map<Character, Character> back = new HashMap<>();
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) != simplified.charAt(i)) {
                back.putIfAbsent(simplified.charAt(i), original.charAt(i));
            }
        }
        return form -> {
            int at = simplified.indexOf(form);
            if (at >= 0) {
                return original.substring(at, at + form.length());
            }
            StringBuilder b = new StringBuilder(form.length());
            for (int i = 0; i < form.length(); i++) {
                b.append(back.getOrDefault(form.charAt(i), form.charAt(i)));
            }
            return b.toString();
        };
    }

    /** HanLP's traditional-to-simplified table, its one-character rows only (phrase rows would change lengths). */
    private static Map<Character, Character> load() {
        String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
        InputStream in = TraditionalScript.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("HanLP's character table " + path + " is not on the class path");
        }
        Map<Character, Character> table = new HashMap<>(8192);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq == 1 && line.length() == 3 && line.charAt(0) != line.charAt(2)) {
                    table.put(line.charAt(0), line.charAt(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
