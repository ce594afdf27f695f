package io.fintechkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a Chinese name begins, reading leftwards from its suffix: a name runs until punctuation, a function
 * word (在 由 与 的 等 …), a predicate verb or a time expression. Short brackets belong to the name
 * (中征（北京）征信有限责任公司, 上海张江（集团）有限公司); a 简称 parenthetical is stepped over and left out.
 */
final class NameBoundary {

    /** A name found leftwards: where it starts and how it reads without parentheticals. */
    record Found(int start, String name) {
    }

    private static final Pattern ORDINAL_PREFIX = Pattern.compile("(第[一二三四五六七八九十百零\\d]+[届次期]|\\d{4}年?)$");
    private static final Pattern ABBREVIATION = Pattern.compile("简称|下称");
    private static final Pattern JOINT_WORK = Pattern.compile("联合|共建|合作|共同");

    private NameBoundary() {
    }

    /**
     * {@return the name ending at {@code end} whose suffix starts at {@code suffixStart}}
     *
     * @param crossConjunction whether one 与/和 may be part of the name, as in a joint lab 交行与华为联合创新实验室
     */
    static Found leftOf(Sentence sentence, int suffixStart, int end, boolean event, boolean crossConjunction) {
        return leftOf(sentence, suffixStart, end, event, crossConjunction, false, false);
    }

    /**
     * @param portfolio whether the suffix names a government department, whose portfolio may join two nouns with 和
     */
    static Found leftOf(Sentence sentence, int suffixStart, int end, boolean event, boolean crossConjunction,
            boolean companyName, boolean portfolio) {
        Lexicon lexicon = sentence.lexicon();
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAt(suffixStart);
        int start = suffixStart;
        if (i >= 0 && tokens.get(i).start() < suffixStart) {
            start = tokens.get(i).start();
        }
        i = i < 0 ? -1 : i - 1;
        StringBuilder skipped = new StringBuilder();
        int[] skip = null;
        boolean crossed = false;
        int conjunctionEnd = -1;
        boolean verbSeen = false;
        while (i >= 0) {
            Token t = tokens.get(i);
            String w = t.word();
            if ((verbSeen || suffixStart == end && !namesUnit(sentence.text(t.end(), end), lexicon))
                    && lexicon.suffixes.companyForms().contains(w)) {
                // and a name read from no suffix (before a stock code) begins after a finished company name, unless
                // it is that company's unit (三峡集团山东分公司)
                // X有限公司发展Y基金: a finished company name before the verb is the sentence's subject, not part of Y
                break;
            }
            verbSeen |= w.length() > 1 && (t.isVerb() || t.pos().equals("vn"));
            if (w.equals("）") || w.equals(")")) {
                int open = matchingOpen(tokens, i);
                if (open < 0) {
                    break;
                }
                String content = sentence.text(tokens.get(open).end(), t.start());
                if (ABBREVIATION.matcher(content).find() && skip == null) {
                    skip = new int[] {tokens.get(open).start(), t.end()};
                } else if (content.length() > 8 || content.isBlank() || hasPunctuation(content)
                        || content.equals("女") || content.equals("男")) {
                    break;
                }
                start = tokens.get(open).start();
                i = open - 1;
                continue;
            }
            boolean ministry = portfolio && w.equals("和") && i > 0 && isPortfolio(tokens.get(i - 1), lexicon)
                    && sentence.text(t.end(), suffixStart).length() >= 2;
            if ((crossConjunction && i > 0 && !endsAThing(tokens.get(i - 1), lexicon)
                    && joinsInName(sentence, t.end(), suffixStart) || ministry) && !crossed
                    && (w.equals("与") || w.equals("和") || w.equals("及")) && i > 0 && !tokens.get(i - 1).isPunctuation()) {
                crossed = true;
                conjunctionEnd = t.end();
                start = t.start();
                i--;
                continue;
            }
            if (w.length() >= 3 && "和与及".indexOf(w.charAt(0)) >= 0 && t.isPlaceName()
                    && com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null) {
                // HanLP sometimes glues the conjunction to a place: 和赣州/ns
                start = t.start() + 1;
                break;
            }
            int opening = boundaryPrefix(w, lexicon);
            if (opening > 0 && opening < w.length()) {
                // 原为/天: HanLP glued a predicate to the name after it (天风期货控股股东原为天风证券)
                start = t.start() + opening;
                break;
            }
            int glued = gluedBoundary(tokens, i, lexicon);
            if (glued > 0) {
                // 入/驻苏州: a predicate HanLP cut in two (入驻) still ends the name
                start = t.start() + glued;
                break;
            }
            if (t.isPersonName() && w.length() >= 3 && "为在与和的是将".indexOf(w.charAt(w.length() - 1)) >= 0) {
                // HanLP glues a function word to a name (李旭为): the name we read begins after it
                break;
            }
            if (isBoundary(t, i > 0 ? tokens.get(i - 1) : null, i + 1 < tokens.size() ? tokens.get(i + 1) : null,
                    companyName, lexicon)) {
                break;
            }
            start = t.start();
            i--;
        }
        // names do not begin with a verb: 联合西城房管局 is 西城房管局 named by a verb of the sentence
        while (true) {
            int k = sentence.tokenAt(start);
            if (k < 0) {
                break;
            }
            Token first = sentence.tokens().get(k);
            Token second = k + 1 < sentence.tokens().size() ? sentence.tokens().get(k + 1) : null;
            boolean predicate = !lexicon.isKnownPlace(first.word())
                    && (!isNameVerb(first.word(), lexicon) || second != null && (second.isPlaceName() || second.isOrganisationLike()));
            if (first.isVerb() && first.word().length() >= 2 && predicate && first.end() < suffixStart
                    && first.start() == start) {
                start = first.end();
            } else {
                break;
            }
        }
        if (crossed && (sentence.text(start, end).startsWith("与") || sentence.text(start, end).startsWith("和"))) {
            start++;
        }
        if (crossed && start > sentence.start() && sentence.charAt(start - 1) == '、') {
            // A、B和C研究所: the 和 closes a list, so the name is what follows it
            start = conjunctionEnd;
        }
        if (event) {
            Matcher m = ORDINAL_PREFIX.matcher(sentence.text(sentence.start(), start));
            if (m.find()) {
                start -= m.group().length();
            }
        }
        String name = sentence.text(start, end);
        if (skip != null && skip[0] >= start) {
            name = sentence.text(start, skip[0]) + sentence.text(skip[1], end);
        }
        return new Found(start, name.strip());
    }

    /** 贸易金融区块链平台和技术研发中心: a project or place named before the 和 is a thing of its own, not a founder. */
    private static boolean endsAThing(Token before, Lexicon lexicon) {
        NameSuffix suffix = lexicon.suffixes.of(before.word());
        return suffix != null && (suffix.type() == io.fintechkg.ontology.EntityType.PROJECT
                || suffix.type() == io.fintechkg.ontology.EntityType.PLACE
                || suffix.type() == io.fintechkg.ontology.EntityType.EVENT);
    }

    /**
     * {@return whether a 与 inside a lab's name joins its founders (交行与华为联合创新实验室) or its fields (金融科技与互联网安全
     * 研究中心)}: where another organisation's own name follows the 与 without a word of working together, the 与 joins
     * two bodies of the sentence instead (A中心与交通银行金融科技研究院达成合作)
     */
    private static boolean joinsInName(Sentence sentence, int from, int suffixStart) {
        String after = sentence.text(from, suffixStart);
        if (JOINT_WORK.matcher(after).find()) {
            return true;
        }
        Lexicon lexicon = sentence.lexicon();
        return !lexicon.gazetteer.knowsPartOf(after) && sentence.tokensIn(from, suffixStart).stream()
                .noneMatch(t -> t.pos().startsWith("nt") || lexicon.suffixes.of(t.word()) != null
                        && lexicon.suffixes.of(t.word()).kind() == NameSuffix.Kind.ORGANISATION);
    }

    private static boolean namesUnit(String rest, Lexicon lexicon) {
        NameSuffix suffix = lexicon.suffixes.of(rest);
        return suffix != null && suffix.kind() == NameSuffix.Kind.UNIT;
    }

    /**
     * 住房和城乡建设局, 工业和信息化部, 人力资源和社会保障局: a government portfolio joins two plain nouns with 和; a name
     * before 和 (公安局和税务局) is a list instead.
     */
    private static boolean isPortfolio(Token before, Lexicon lexicon) {
        return (before.pos().equals("n") || before.pos().equals("vn")) && before.word().length() >= 2
                && lexicon.suffixes.of(before.word()) == null;
    }

    /** {@return the length of a boundary word of two or more characters that begins a longer word, or 0} */
    private static int boundaryPrefix(String word, Lexicon lexicon) {
        for (int k = Math.min(3, word.length() - 1); k >= 2; k--) {
            if (lexicon.boundaryWords.contains(word.substring(0, k))) {
                return k;
            }
        }
        return 0;
    }

    /** {@return how many leading characters of token i complete a boundary word begun by token i-1, or 0} */
    private static int gluedBoundary(List<Token> tokens, int i, Lexicon lexicon) {
        if (i == 0 || tokens.get(i - 1).word().length() != 1) {
            return 0;
        }
        String w = tokens.get(i).word();
        for (int k = 1; k <= Math.min(2, w.length()); k++) {
            if (lexicon.boundaryWords.contains(tokens.get(i - 1).word() + w.substring(0, k))) {
                return k == w.length() ? w.length() : k;
            }
        }
        return 0;
    }

    static boolean isBoundary(Token t, Lexicon lexicon) {
        return isBoundary(t, null, null, false, lexicon);
    }

    /**
     * @param companyName whether the name ends in a legal form (有限公司): company names are made up and often contain
     *                    verbs (北京飞来房地产经纪有限公司), so only function words and listed predicates end them
     */
    static boolean isBoundary(Token t, Token previous, Token next, boolean companyName, Lexicon lexicon) {
        String w = t.word();
        String pos = t.pos();
        if (t.isPunctuation() || w.isBlank() || w.charAt(0) == ApparatusMask.MASK) {
            return true;
        }
        if (lexicon.boundaryWords.contains(w) || lexicon.predicateVerbs.contains(w)) {
            return true;
        }
        if (pos.startsWith("m") && companyName) {
            return w.matches("[0-9]+") && next != null && next.pos().startsWith("q");
        }
        if (pos.startsWith("m")) {
            // 2017中国基金小镇高峰论坛, 5G, 百乐天城: numerals inside a name; 3个, 100余户, 第四届 count and end it
            return next == null || next.pos().startsWith("q") || next.word().startsWith("余")
                    || !w.matches("[0-9A-Za-z]+") && w.length() > 1 && !(next.isOrganisationLike());
        }
        if (pos.startsWith("q")) {
            // 3个, 18家 count; in a company name 亿城亿家 is a name
            return previous != null && previous.pos().startsWith("m")
                    && (!companyName || previous.word().matches("[0-9]+"));
        }
        if (pos.equals("t") || pos.equals("nnt")) {
            return true;
        }
        // single characters tagged as function words are mostly pieces of names (百乐天城, 谦和之源, 中债数金):
        // only the listed function words end a name
        if (w.length() == 1) {
            return false;
        }
        if (pos.equals("p") || pos.startsWith("c") || pos.startsWith("u") || pos.startsWith("r") || pos.equals("d")
                || pos.equals("f") || pos.equals("e") || pos.equals("y") || pos.equals("o")) {
            return true;
        }
        return t.isVerb() && !isNameVerb(w, lexicon) && !companyName && !lexicon.isKnownPlace(w);
    }

    /** 研发, 监督管理, 登记结算: verbs that name what an organisation does rather than what the sentence says. */
    static boolean isNameVerb(String w, Lexicon lexicon) {
        return lexicon.nameVerbs.contains(w) || w.length() >= 4 && lexicon.nameVerbs.contains(w.substring(w.length() - 2));
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        for (int j = close - 1; j >= 0 && close - j < 12; j--) {
            String w = tokens.get(j).word();
            if (w.equals("（") || w.equals("(")) {
                return j;
            }
        }
        return -1;
    }

    private static boolean hasPunctuation(String s) {
        return s.chars().anyMatch(c -> "，。；：、,;:！？!?".indexOf(c) >= 0);
    }
}
