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

    private Segmenter() {
    }

    /** {@return the words of {@code text}, with offsets shifted by {@code offset}} */
    static List<Token> segment(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        if (text.isBlank()) {
            return tokens;
        }
        for (Term term : Holder.SEGMENT.get().seg(text)) {
            tokens.add(new Token(term.word, term.nature.toString(), offset + term.offset,
                    offset + term.offset + term.word.length()));
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
