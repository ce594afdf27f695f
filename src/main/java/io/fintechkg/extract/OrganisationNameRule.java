package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
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
    /** Rule id of generic names that only count as short forms of a longer name (see the extractor). */
    static final String SHORT_FORM = "suffix:short-form";

    private static final Pattern COUNTING = Pattern.compile(
            "[0-9一二三四五六七八九十百千万两几多数]+[家个户地所项批位名类]|一批|一些|有关|相关|各地|各级|若干");
    private static final Pattern UNNAMED_EVENT = Pattern.compile("(签约|签字|签署|揭牌|启动|开幕|闭幕)?仪式$");
    private static final int MAX_LENGTH = 40;
    private static final java.util.Set<String> COOPERATION_WORDS = java.util.Set.of("联合", "共建", "合作", "创新", "重点",
            "共同");
    private static final Pattern ORDINAL = Pattern.compile("^(第[一二三四五六七八九十百零\\d]+[届次期]|\\d{4}年?|首届|本届|本次|此次)");
    private static final Pattern ROUTINE_EVENT = Pattern.compile(
            "^(工作|全体|成立|签约|启动|揭牌|开幕|闭幕|年度|专题|季度|新闻|表彰|总结|部署|推进|动员|座谈|临时|股东|董事会|监事会|常务|"
                    + "第[一二三四五六七八九十\\d]+次)+$");
    private static final String NUMERALS = "0123456789一二三四五六七八九十百千万两几多数";
    private static final String CLASSIFIERS = "个家户所位名项批类";
    /** 稀土企业集团, 大型金融机构: a class noun before the suffix describes rather than names. */
    private static final String OPENING_QUOTES = "“‘「『\"";
    private static final String CLOSING_QUOTES = "”’」』\"";
    /** The verb of a ceremony between a quoted name and its suffix: “X”揭牌仪式, “X”启动仪式. */
    private static final Pattern CEREMONY_VERB = Pattern.compile("(揭牌|启动|签约|开幕|开园|开港|开业|颁奖|欢迎|成立|发布|上线)$");
    private static final String ADMIN_LEVELS = "省市区县州镇乡";
    private static final java.util.Set<String> STATE_PREFIXES = java.util.Set.of("国家", "中央");
    private static final java.util.Set<String> CLASS_NOUNS = java.util.Set.of("企业", "公司", "机构", "单位", "部门", "行业");

    private OrganisationNameRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        Lexicon lexicon = sentence.lexicon();
        List<Token> tokens = sentence.tokens();
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            Token previous = ti > 0 ? tokens.get(ti - 1) : null;
            for (String head : lexicon.nonEntityHeads) {
                if (t.word().endsWith(head)) {
                    NameBoundary.Found found = NameBoundary.leftOf(sentence, t.end() - head.length(), t.end(),
                            false, false);
                    out.add(new Candidate(found.start(), t.end(), found.name(), BLOCKER, "name:blocker", 1));
                }
            }
            String text = sentence.text();
            int local = t.end() - sentence.start();
            for (NameSuffix suffix : lexicon.suffixes.endingWith(text.charAt(local - 1))) {
                int len = suffix.text().length();
                if (local < len || !text.regionMatches(local - len, suffix.text(), 0, len)
                        || !acceptsToken(t, previous, suffix)) {
                    continue;
                }
                Token next = ti + 1 < tokens.size() ? tokens.get(ti + 1) : null;
                NameSuffix continued = next == null || next.start() != t.end() ? null : lexicon.suffixes.of(next.word());
                if (continued != null && continued.text().equals(next.word())
                        && continued.kind() != NameSuffix.Kind.SINGLE_CHARACTER) {
                    // 基金|小镇, 证券|交易所: another suffix follows, so the name goes on
                    break;
                }
                if (suffix.kind() == NameSuffix.Kind.TRADE && next != null && next.start() == t.end()
                        && (next.pos().startsWith("n") || next.pos().startsWith("g") || next.pos().equals("vn"))) {
                    // 中国期货|业, 投资|机构: the trade word goes on into another noun
                    break;
                }
                int suffixStart = t.end() - suffix.text().length();
                boolean event = suffix.kind() == NameSuffix.Kind.EVENT;
                // a lab's or a fund's name may join its founders or fields (交行与华为联合创新实验室, 传感器及高端装备子基金)
                boolean joint = suffix.type() == EntityType.LAB || suffix.type() == EntityType.PROJECT;
                boolean company = suffix.kind() == NameSuffix.Kind.COMPANY_FORM && suffix.text().length() >= 4
                        || suffix.text().equals("大学") || suffix.text().equals("学院");
                boolean portfolio = suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER || suffix.text().endsWith("局");
                NameBoundary.Found found = NameBoundary.leftOf(sentence, suffixStart, t.end(), event, joint, company,
                        portfolio);
                if (suffix.kind() == NameSuffix.Kind.PLACE || suffix.type() == EntityType.PROJECT) {
                    found = afterLastVerb(sentence, found, suffixStart, t.end());
                }
                found = withQuotedHead(sentence, found, suffixStart, t.end(), event);
                boolean quoted = isQuoted(sentence, found.start(), t.end());
                String name = found.name();
                boolean dictionaryName = t.word().length() >= 4 && t.start() == found.start()
                        && com.hankcs.hanlp.dictionary.CoreDictionary.contains(t.word());
                if (suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER && !strictlyTagged(t, previous, suffix)
                        && !dictionaryName && !startsWithPlace(sentence, found.start())
                        && !continuesList(sentence, found.start(), suffix)) {
                    // 金融局 after a plain noun: a bureau only when a place names whose it is (浦东新区金融局)
                    break;
                }
                if (isPartyCommitteeTitle(sentence, name, next)) {
                    // 深圳大学党委书记: the party secretary's title of the university, not a body of its own
                    break;
                }
                if (event && quoted && name.length() > suffix.text().length() && !lexicon.describes(name)
                        || isName(sentence, found.start(), suffixStart, name, suffix)) {
                    out.add(new Candidate(found.start(), t.end(), name, suffix.type(), "suffix:" + suffix.text(),
                            2));
                } else if (suffix.kind() != NameSuffix.Kind.TRADE && name.length() >= 3 && name.length() <= 12
                        && !COUNTING.matcher(name).find()
                        && !(name.equals(suffix.text()) && sentence.text(sentence.start(), found.start()).endsWith("的"))) {
                    // 金融科技专委会, 开港仪式: too generic to be a name alone, but maybe a short form of one
                    out.add(new Candidate(found.start(), t.end(), name, suffix.type(), SHORT_FORM, 0));
                }
                break;
            }
        }
    }

    /**
     * 高质量建设中国（北京）自由贸易试验区, 规划建设北京城市副中心: a place's name does not hold the verb that builds it; a
     * verb right before the suffix is part of the name (张家湾设计小镇), one before a place name is the sentence's
     */
    private static NameBoundary.Found afterLastVerb(Sentence sentence, NameBoundary.Found found, int suffixStart, int end) {
        List<Token> inner = sentence.tokensIn(found.start(), suffixStart);
        for (int k = inner.size() - 2; k >= 0; k--) {
            Token verb = inner.get(k);
            if (verb.word().length() > 1 && (verb.isVerb() || verb.pos().equals("vn"))
                    && !sentence.lexicon().isKnownPlace(verb.word())
                    && inner.subList(k + 1, inner.size()).stream().anyMatch(t -> t.isPlaceName()
                            || sentence.lexicon().gazetteer.isPlaceForm(t.word()))) {
                return new NameBoundary.Found(verb.end(), sentence.text(verb.end(), end));
            }
        }
        return found;
    }

    /**
     * {@return whether 党委 after an organisation's name begins a title (深圳大学党委书记, 某银行党委副书记)}: a place's party
     * committee (上海市委, 历下区委) is a body the news names; an organisation's is the post its secretary holds there
     */
    private static boolean isPartyCommitteeTitle(Sentence sentence, String name, Token next) {
        if (!name.endsWith("党委") || next == null || !sentence.lexicon().titles.contains(next.word())) {
            return false;
        }
        String body = name.substring(0, name.length() - 2);
        NameSuffix suffix = sentence.lexicon().suffixes.of(body);
        return suffix != null && suffix.type() != EntityType.PLACE && suffix.kind() != NameSuffix.Kind.SINGLE_CHARACTER
                || !sentence.lexicon().gazetteer.entries(body).isEmpty()
                && sentence.lexicon().gazetteer.entries(body).getFirst().type() != EntityType.PLACE;
    }

    /**
     * “国寿杯·乐拍CBD”摄影摄像大赛, “新华丝路西部中心”揭牌仪式: a quoted name before the suffix, or before the verb of a
     * ceremony and its suffix, is the head of the name.
     */
    private static NameBoundary.Found withQuotedHead(Sentence sentence, NameBoundary.Found found, int suffixStart, int end,
            boolean event) {
        int before = found.start();
        if (event) {
            Matcher verb = CEREMONY_VERB.matcher(sentence.text(sentence.start(), before));
            if (verb.find()) {
                before -= verb.group().length();
            }
        }
        int open = openingQuoteBefore(sentence, before);
        return open < 0 ? found : new NameBoundary.Found(open, sentence.text(open, end));
    }

    /** {@return the offset of the quote that opens a short quoted span ending right before {@code at}, or -1} */
    private static int openingQuoteBefore(Sentence sentence, int at) {
        if (at <= sentence.start() || CLOSING_QUOTES.indexOf(sentence.charAt(at - 1)) < 0) {
            return -1;
        }
        for (int i = at - 2; i >= sentence.start() && at - i <= 24; i--) {
            char c = sentence.charAt(i);
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                return i + 1 < at - 1 ? i : -1;
            }
            if ("，。；：！？".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** “嘉庚论坛”: a name the text sets in quotes is a name, however short its words. */
    private static boolean isQuoted(Sentence sentence, int start, int end) {
        return start > sentence.start() && end < sentence.end() && OPENING_QUOTES.indexOf(sentence.charAt(start - 1)) >= 0
                && CLOSING_QUOTES.indexOf(sentence.charAt(end)) >= 0
                || start < end && OPENING_QUOTES.indexOf(sentence.charAt(start)) >= 0;
    }

    private static boolean acceptsToken(Token t, Token previous, NameSuffix suffix) {
        if (suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER) {
            boolean loose = t.word().endsWith(suffix.text()) && t.word().length() >= 3 && t.pos().equals("n")
                    || t.word().equals(suffix.text()) && previous != null
                    && (previous.pos().equals("n") || previous.pos().equals("vn"));
            return strictlyTagged(t, previous, suffix) || loose;
        }
        if (suffix.text().equals("港")) {
            return t.word().equals("港");
        }
        return true;
    }

    /** {@return the word just before the suffix, or the part of the suffix's own word before it (企业 in 企业集团)} */
    private static String lastWord(Sentence sentence, int start, int suffixStart) {
        int k = sentence.tokenAt(suffixStart);
        if (k >= 0 && sentence.tokens().get(k).start() < suffixStart) {
            return sentence.text(Math.max(start, sentence.tokens().get(k).start()), suffixStart);
        }
        List<Token> inner = sentence.tokensIn(start, suffixStart);
        return inner.isEmpty() ? "" : inner.getLast().word();
    }

    /** 十三地市政府 read from 地, 三家银行 from 银行: a name right after a number or a counted classifier is counted. */
    private static boolean isCounted(Sentence sentence, int start) {
        int i = start - 1;
        if (i >= sentence.start() && CLASSIFIERS.indexOf(sentence.charAt(i)) >= 0) {
            i--;
        }
        return i >= sentence.start() && NUMERALS.indexOf(sentence.charAt(i)) >= 0;
    }

    /**
     * 对港澳投资, 在上海投资: a trade word HanLP reads as a verb after a bare place is investing there; a firm is named
     * by a brand, and a place alone makes none.
     */
    private static boolean isVerbOnAPlace(Sentence sentence, String descriptor, int suffixStart) {
        int k = sentence.tokenAt(suffixStart);
        return k >= 0 && sentence.lexicon().gazetteer.isPlace(descriptor)
                && sentence.tokens().get(k).pos().startsWith("v");
    }

    /**
     * 上海国际金融中心, 新加坡国际金融中心, 具有全球影响力的科技创新中心: a place, scope words and a role of
     * {@code city-roles.tsv} say what a city is to become, not which body does something; the place stays a place.
     */
    private static boolean namesACityRole(Sentence sentence, int start, int end) {
        Lexicon lexicon = sentence.lexicon();
        String phrase = sentence.text(start, end);
        int roleStart = -1;
        for (String role : lexicon.cityRoles) {
            if (phrase.endsWith(role) && sentence.isWordBoundary(end - role.length())) {
                roleStart = Math.max(roleStart, end - role.length());
            }
        }
        if (roleStart < 0) {
            return false;
        }
        boolean scopeSeen = false;
        for (Token t : sentence.tokensIn(start, roleStart)) {
            boolean place = t.isPlaceName() || lexicon.gazetteer.isPlace(t.word());
            if (place && !scopeSeen) {
                continue;
            }
            if (!lexicon.cityRoleScopes.contains(t.word())) {
                return false;
            }
            scopeSeen = true;
        }
        return sentence.isWordBoundary(start) && sentence.tokensIn(start, roleStart).stream()
                .mapToInt(t -> t.word().length()).sum() == roleStart - start && readsAsAGoal(sentence, start, end);
    }

    private static boolean readsAsAGoal(Sentence sentence, int start, int end) {
        Lexicon lexicon = sentence.lexicon();
        String after = sentence.text(end, Math.min(sentence.end(), end + 6));
        if (lexicon.cityRoleCuesAfter.stream().anyMatch(after::startsWith)) {
            return true;
        }
        int clause = start;
        while (clause > sentence.start() && "，。；：！？".indexOf(sentence.charAt(clause - 1)) < 0) {
            clause--;
        }
        for (Token t : sentence.tokensIn(clause, start)) {
            if (lexicon.cityRoleCuesBefore.contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 国务院各部委, 各直属机构: a word opened by 各 (each) spreads over every body of a kind, so the phrase names none;
     * HanLP often keeps 各 inside the word (各部委), which is why the words, not the boundary, are read.
     */
    private static boolean spreadsOverAKind(Sentence sentence, int start, int suffixStart) {
        int first = sentence.tokenAt(start);
        int last = sentence.tokenAt(suffixStart);
        if (first < 0 || last < 0) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            Token t = sentence.tokens().get(k);
            if (t.word().startsWith("各") && !t.isPlaceName()) {
                return true;
            }
        }
        return false;
    }

    private static boolean strictlyTagged(Token t, Token previous, NameSuffix suffix) {
        return t.word().endsWith(suffix.text()) && t.word().length() >= 2 && (t.isOrganisationLike() || t.isPlaceName())
                || t.word().equals(suffix.text()) && previous != null
                && (previous.isOrganisationLike() || previous.isPlaceName());
    }

    private static boolean startsWithPlace(Sentence sentence, int start) {
        int k = sentence.tokenAt(start);
        return k >= 0 && sentence.tokens().get(k).start() == start
                && (sentence.tokens().get(k).isPlaceName() || sentence.tokens().get(k).isOrganisationLike());
    }

    /** 科技司、支付结算司: a bare unit right after another unit of the same kind continues its list. */
    private static boolean continuesList(Sentence sentence, int start, NameSuffix suffix) {
        String before = sentence.text(sentence.start(), start);
        return before.endsWith(suffix.text() + "、");
    }

    private static boolean isName(Sentence sentence, int start, int suffixStart, String name, NameSuffix suffix) {
        Lexicon lexicon = sentence.lexicon();
        if (name.length() <= suffix.text().length() || name.length() > MAX_LENGTH || suffixStart <= start) {
            return false;
        }
        if (suffix.kind() != NameSuffix.Kind.EVENT && COUNTING.matcher(name).find() || lexicon.describes(name)) {
            return false;
        }
        if (name.endsWith("子公司")) {
            // 紫金矿业全资子公司, 民生银行理财子公司: a subsidiary described by its parent, not named
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT && UNNAMED_EVENT.matcher(name).matches()) {
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT && name.matches(".*(签约|签字|签署)仪式")) {
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT && name.endsWith("新闻发布会")) {
            // a press conference is routine (交通运输部新闻发布会); a named event before it stays one of its own
            return false;
        }
        String descriptor = sentence.text(start, suffixStart);
        if (CLASS_NOUNS.contains(lastWord(sentence, start, suffixStart))) {
            return false;
        }
        if (namesACityRole(sentence, start, suffixStart + suffix.text().length())) {
            return false;
        }
        if (spreadsOverAKind(sentence, start, suffixStart)) {
            return false;
        }
        if (isCounted(sentence, start)) {
            // 十三地市政府 read from 地: a counted name is no name
            return false;
        }
        List<Token> inner = sentence.tokensIn(start, suffixStart);
        if (!inner.isEmpty() && lexicon.quantifiers.contains(inner.getFirst().word())) {
            // 不少影院, 众多银行: a quantity of a kind, never one named body
            return false;
        }
        if (needsNamingWord(suffix) && !hasNamingWord(inner, lexicon) && !lexicon.gazetteer.knowsWordsOf(sentence, start, suffixStart)
                && !(!descriptor.isEmpty() && ADMIN_LEVELS.indexOf(descriptor.charAt(0)) >= 0)) {
            // 省金融办, 区发改局, 市政府 are the local bodies of the place the article is about: they name
            // 全球财富管理中心, 国际绿色投资集团, 高水平专科医院: words of the language before a suffix describe a kind
            return false;
        }
        int k = sentence.tokenAt(suffixStart);
        if (k >= 0 && sentence.tokens().get(k).start() < suffixStart) {
            // the suffix sits inside a word: 统计局 is specific, 基金公司 and 保险公司 are kinds of firm
            String piece = sentence.text(Math.max(start, sentence.tokens().get(k).start()), suffixStart);
            boolean generic = lexicon.genericWords.contains(piece) && inner.stream()
                    .allMatch(t -> lexicon.genericWords.contains(t.word()) || t.pos().startsWith("m") || t.pos().startsWith("q"));
            if (suffix.kind() == NameSuffix.Kind.TRADE) {
                return !generic && isBrand(descriptor, inner, lexicon);
            }
            return !generic && (suffix.kind() != NameSuffix.Kind.PLACE || inner.stream().anyMatch(Token::isPlaceName));
        }
        if (suffix.kind() == NameSuffix.Kind.PLACE && inner.stream().noneMatch(t -> t.isPlaceName()
                || lexicon.gazetteer.isPlaceForm(t.word()))) {
            return false;
        }
        if (suffix.kind() == NameSuffix.Kind.TRADE) {
            return isBrand(descriptor, inner, lexicon) && !isVerbOnAPlace(sentence, descriptor, suffixStart);
        }
        if (suffix.kind() == NameSuffix.Kind.EVENT) {
            // events are named with ordinary words (全球数字金融峰会); only short or routine ones are generic
            String core = ORDINAL.matcher(descriptor).replaceAll("");
            return core.length() >= 4 && !ROUTINE_EVENT.matcher(core).matches();
        }
        return !isGeneric(sentence.text(start, suffixStart), inner, lexicon);
    }

    /**
     * {@return whether the words before a trade (期货, 投资, 资本) are a brand}: a short name of its own (天风, 紫风,
     * 施罗德, 中粮) rather than words of the language (产业, 股权, 券商系): HanLP tags it as a name or abbreviation, does
     * not know it, or the gazetteer knows it
     */
    private static boolean isBrand(String descriptor, List<Token> tokens, Lexicon lexicon) {
        if (descriptor.length() < 2 || descriptor.length() > 6 || tokens.isEmpty()
                || isGeneric(descriptor, tokens, lexicon)) {
            return false;
        }
        Token first = tokens.getFirst();
        String pos = first.pos();
        boolean name = pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt") || pos.equals("nz")
                || pos.equals("j") || pos.equals("nx") || !lexicon.gazetteer.entries(first.word()).isEmpty()
                || first.word().length() >= 2 && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(first.word());
        // a brand HanLP does not know comes apart into single characters (天/风, 恒/力, 毅/达)
        boolean coined = descriptor.length() <= 3 && tokens.stream().allMatch(t -> t.word().length() == 1)
                && !(pos.startsWith("d") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                        || pos.startsWith("r") || pos.startsWith("m") || pos.startsWith("a"));
        return (name || coined) && tokens.stream().noneMatch(t -> t.word().length() > 1 && t.isVerb()
                || t.isPunctuation() || lexicon.boundaryWords.contains(t.word()));
    }

    /**
     * A body's name that is no company's legal name (those are registered to be distinct) needs one word that names:
     * a place, a person, an organisation or proper noun HanLP knows, a known name, a coined word HanLP does not know,
     * or Latin letters.
     */
    private static boolean needsNamingWord(NameSuffix suffix) {
        // labs are often named by their field alone (智能风控联合实验室); the generic-word test judges them
        return (suffix.type() == EntityType.INSTITUTION || suffix.text().equals("平台"))
                && !(suffix.kind() == NameSuffix.Kind.COMPANY_FORM && suffix.text().length() >= 4)
                && suffix.kind() != NameSuffix.Kind.TRADE;
    }

    static boolean hasNamingWord(List<Token> tokens, Lexicon lexicon) {
        if (!tokens.isEmpty() && STATE_PREFIXES.contains(tokens.getFirst().word())) {
            // 国家金融科技认证中心, 中央财经委员会办公室: the state's own bodies are named by their portfolio
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            if (lexicon.genericWords.contains(t.word())) {
                continue;
            }
            if (t.isPlaceName() || t.isPersonName() || pos.startsWith("nt") || pos.equals("nz") || pos.equals("nx")
                    || pos.equals("j") || !lexicon.gazetteer.entries(t.word()).isEmpty()
                    || t.word().chars().anyMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))
                    || t.word().length() >= 2 && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(t.word())
                    && !(pos.equals("n") || pos.equals("nis") || pos.equals("nnt") || pos.startsWith("v") || pos.startsWith("a"))
) {
                return true;
            }
        }
        // a coined name HanLP does not know comes apart into single characters (新/锂 公司, 恒/力)
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().length() == 1 && tokens.get(i + 1).word().length() == 1
                    && Character.isIdeographic(tokens.get(i).word().charAt(0))
                    && Character.isIdeographic(tokens.get(i + 1).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the words before the suffix only describe (国有, 联合创新, 第一次) rather than name} */
    static boolean isGeneric(String descriptor, List<Token> tokens, Lexicon lexicon) {
        if (descriptor.isBlank()) {
            return true;
        }
        if (tokens.size() >= 2 && tokens.getFirst().pos().startsWith("v") && tokens.stream().skip(1)
                .allMatch(t -> COOPERATION_WORDS.contains(t.word()))) {
            // 建设联合实验室: a verb and a kind of cooperation, not a name
            return true;
        }
        if (tokens.isEmpty()) {
            return lexicon.genericWords.contains(descriptor);
        }
        for (Token t : tokens) {
            boolean generic = lexicon.genericWords.contains(t.word()) || t.pos().startsWith("m")
                    || t.pos().startsWith("q") || t.isPunctuation();
            if (!generic) {
                return false;
            }
        }
        return true;
    }
}
