package io.fintechkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's segmenter with person and place recognition. Organisation recognition stays off on purpose: it merges
 * a preceding person or preposition into the name ("王永红为国家机关事务管理局"), and the name rules find
 * organisations better from their suffixes. The dictionaries load once, on first use.
 */
final class Segmenter {

    private static final class Holder {
        // Segment instances are not documented as thread-safe; the lexicon behind them is shared and read-only.
        private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(false)
                .enableOffset(true));
    }

    /** Single characters that begin no name but that HanLP's recognisers glue to the word after them. */
    private static final String GLUED = "将到至在从与和及向由为把对于以而";

    private Segmenter() {
    }

    private static final class CoreDictionaryTag {
        static String of(String word) {
            var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
            return attribute == null || attribute.nature.length == 0 ? "n" : attribute.nature[0].toString();
        }
    }

    /** {@return the words of {@code text}, with offsets shifted by {@code offset}} */
    static List<Token> segment(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        if (text.isBlank()) {
            return tokens;
        }
        for (Term term : Holder.SEGMENT.get().seg(text)) {
            int start = offset + term.offset;
            String word = term.word;
            String rest = word.length() >= 3 ? word.substring(1) : null;
            if (rest != null && GLUED.indexOf(word.charAt(0)) >= 0 && term.nature.toString().startsWith("n")
                    && com.hankcs.hanlp.dictionary.CoreDictionary.contains(rest)) {
                // HanLP's name recognisers glue a preposition or adverb to the word after it (将城市/ns, 和赣州/ns)
                tokens.add(new Token(word.substring(0, 1), "p", start, start + 1));
                tokens.add(new Token(rest, CoreDictionaryTag.of(rest), start + 1, start + word.length()));
                continue;
            }
            tokens.add(new Token(word, term.nature.toString(), start, start + word.length()));
        }
        return tokens;
    }

    /** {@return whether HanLP's core dictionary lists the word with a tag starting {@code tag} (ns: a place, nt: an organisation)} */
    static boolean inDictionaryAs(String word, String tag) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (var nature : attribute.nature) {
            if (nature.toString().startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Loads the dictionaries now rather than on the first article. */
    static void warmUp() {
        segment("上海市浦东新区金融局", 0);
    }
}
