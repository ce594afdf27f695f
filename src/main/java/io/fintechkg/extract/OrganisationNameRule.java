package io.fintechkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names read from their suffix leftwards (see {@link NameSuffix} and {@link NameBoundary}): organisations, labs,
 * committees, events and places. Names made only of descriptors (国有银行, 联合创新实验室) or counting
 * (十三地市政府) are not names. Names of non-entities (…试点, …活动) are kept as blockers, so that the places
 * inside them are not read as places of their own.
 */
final class OrganisationNameRule {

    /** Candidates of this type hide what is inside them and are dropped afterwards. */
    static final EntityType BLOCKER = null;

    private static final Pattern COUNTING = Pattern.compile(
            "[0-9一二三四五六七八九十百千万两几多数]+[家个户地所项批位名类]|一批|一些|有关|相关|各地|各级|若干");
    private static final Pattern UNNAMED_EVENT = Pattern.compile("(签约|签字|签署|揭牌|启动|开幕|闭幕)?仪式$");
    private static final int MAX_LENGTH = 40;

    private OrganisationNameRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        List<Token> tokens = sentence.tokens();
        for (Token t : tokens) {
            String upToHere = sentence.text(sentence.start(), t.end());
            for (String head : Lexicon.NON_ENTITY_HEADS) {
                if (t.word().endsWith(head)) {
                    NameBoundary.Found found = NameBoundary.leftOf(sentence, t.end() - head.length(), t.end(),
                            false, false);
                    out.add(new Candidate(found.start(), t.end(), found.name(), BLOCKER, "name:blocker", 1));
                }
            }
            for (NameSuffix suffix : NameSuffix.ALL) {
                if (!upToHere.endsWith(suffix.text()) || !acceptsToken(t, suffix)) {
                    continue;
                }
                int suffixStart = t.end() - suffix.text().length();
                boolean event = suffix.kind() == NameSuffix.Kind.EVENT;
                boolean joint = suffix.type() == EntityType.LAB;
                NameBoundary.Found found = NameBoundary.leftOf(sentence, suffixStart, t.end(), event, joint);
                String name = found.name();
                if (isName(sentence, found.start(), suffixStart, name, suffix)) {
                    out.add(new Candidate(found.start(), t.end(), name, suffix.type(), "suffix:" + suffix.text(),
                            2));
                }
                break;
            }
        }
    }

    private static boolean acceptsToken(Token t, NameSuffix suffix) {
        if (suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER) {
            return t.word().endsWith(suffix.text()) && t.word().length() >= 2
                    && (t.isOrganisationLike() || t.isPlaceName());
        }
        if (suffix.text().equals("港")) {
            return t.word().equals("港");
        }
        return true;
    }

    private static boolean isName(Sentence sentence, int start, int suffixStart, String name, NameSuffix suffix) {
        if (name.length() <= suffix.text().length() || name.length() > MAX_LENGTH || suffixStart <= start) {
            return false;
        }
        if (suffix.kind() != NameSuffix.Kind.EVENT && COUNTING.matcher(name).find()) {
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT && UNNAMED_EVENT.matcher(name).matches()) {
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT && name.matches(".*(签约|签字|签署)仪式")) {
            return false;
        }
        List<Token> inner = sentence.tokensIn(start, suffixStart);
        if (suffix.kind() == NameSuffix.Kind.PLACE && inner.stream().noneMatch(Token::isPlaceName)) {
            return false;
        }
        return !isGeneric(sentence.text(start, suffixStart), inner);
    }

    /** {@return whether the words before the suffix only describe (国有, 联合创新, 第一次) rather than name} */
    static boolean isGeneric(String descriptor, List<Token> tokens) {
        if (descriptor.isBlank()) {
            return true;
        }
        if (tokens.isEmpty()) {
            return Lexicon.GENERIC_WORDS.contains(descriptor);
        }
        for (Token t : tokens) {
            boolean generic = Lexicon.GENERIC_WORDS.contains(t.word()) || t.pos().startsWith("m")
                    || t.pos().startsWith("q") || t.isPunctuation();
            if (!generic) {
                return false;
            }
        }
        return true;
    }
}
