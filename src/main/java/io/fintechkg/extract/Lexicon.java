package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the rules know of Chinese news, read from the {@link ExtractionTables}: word lists, name suffixes, trigger
 * words and the gazetteer. Immutable and shared; {@link #bundled()} is read once per process.
 */
final class Lexicon {

    /**
     * A word that refers back to a body (该行 → the bank named last).
     *
     * @param form        the word
     * @param kind        the kind of body it refers to (bank, company, park …)
     * @param clauseStart whether it refers back only as a clause's subject (公司表示); elsewhere it is a plain noun
     */
    record Anaphor(String form, String kind, boolean clauseStart) {
    }

    private static final class Bundled {
        private static final Lexicon LEXICON = new Lexicon(ExtractionTables.bundled());
    }

    /** Words that start no name and end the one being read leftwards. */
    final Set<String> boundaryWords;
    /** Verbs that occur inside organisation names (登记结算, 技术研发, 监督管理); other verbs end a name. */
    final Set<String> nameVerbs;
    /** Descriptors that do not make a name: 国有银行, 联合创新实验室, 相关部门 are not entities. */
    final Set<String> genericWords;
    /** Quantifiers that open a noun phrase about a kind, not a name: 不少影院, 众多银行. */
    final Set<String> quantifiers;
    /** Words that make a noun phrase a description: 首家, 首座, 唯一. */
    final Set<String> descriptionWords;
    /** The roles a city takes in national strategy (国际金融中心, 科技创新中心): a place and a role name no body. */
    final Set<String> cityRoles;
    /** Scope words that may stand between the place and its role (国际, 全球, 具有…影响力的). */
    final Set<String> cityRoleScopes;
    /** Words right after a city's role (…建设, …优势) and earlier in its clause (打造, 助力) that show it is a goal. */
    final Set<String> cityRoleCuesAfter;
    final Set<String> cityRoleCuesBefore;
    /** The head noun after 等 in a list says what its items are: 等3个重点项目 are projects. */
    final Map<String, EntityType> listHeads;
    /** Titles that tie a person to the organisation named before them. */
    final Set<String> titles;
    /** Words written before a title as part of it: 常务, 专职, 名誉. */
    final Set<String> titlePrefixes;
    /** Verbs of saying and attending that follow a person's name in news. */
    final Set<String> personVerbs;
    /** Common Chinese surnames, one character each. */
    final String surnames;
    /** Heads of documents that are policies: 意见, 办法, 白皮书, 十条. */
    final Set<String> policyHeads;
    /** The policy heads that make a document named without 《》 a policy (方案, 规划; not 政策, 标准). */
    final Set<String> unquotedPolicyHeads;
    /** Heads of named things that are not entities (pilot schemes, campaigns). */
    final Set<String> nonEntityHeads;
    /** Ends of media outlets' names. */
    final Set<String> mediaHeads;
    /** Words that refer back to a body just named (该行, 该园区, 公司), by the kind of body they refer to. */
    final List<Anaphor> anaphora;
    /** Words that open a clause without a subject of its own (拟, 将, 通过, 在). */
    final Set<String> predicateOpeners;
    final NameSuffixes suffixes;
    final TriggerWords triggers;
    /** The verbs that state founding, issuing, landing and settling: no name runs across them (an event's may: 开园仪式). */
    final Set<String> predicateVerbs;
    /** A clause of working together after a list of partners: (分别)签署, 共同设立, 携手 … */
    final java.util.regex.Pattern partnerVerb;
    /** Words of working together anywhere in the rest of a clause (与X在北京举行…战略合作协议签约仪式). */
    final java.util.regex.Pattern cooperation;
    final Gazetteer gazetteer;
    private final String version;

    Lexicon(ExtractionTables tables) {
        this.boundaryWords = words(tables, "boundary-words", "word");
        this.nameVerbs = words(tables, "name-verbs", "word");
        this.genericWords = words(tables, "generic-words", "word");
        this.quantifiers = words(tables, "quantifiers", "word");
        this.descriptionWords = words(tables, "description-words", "word");
        this.cityRoles = cityRoles(tables, "role");
        this.cityRoleScopes = cityRoles(tables, "scope");
        this.cityRoleCuesAfter = cityRoles(tables, "after");
        this.cityRoleCuesBefore = cityRoles(tables, "before");
        this.titles = words(tables, "titles", "word");
        this.personVerbs = words(tables, "person-verbs", "word");
        this.titlePrefixes = words(tables, "title-prefixes", "word");
        this.surnames = String.join("", tables.rows("surnames").stream().map(r -> r.get("surname")).toList());
        this.policyHeads = words(tables, "policy-heads", "word");
        this.unquotedPolicyHeads = tables.rows("policy-heads").stream().filter(r -> r.get("unquoted").equals("yes"))
                .map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());
        this.nonEntityHeads = words(tables, "non-entity-heads", "word");
        this.mediaHeads = words(tables, "media-heads", "word");
        Map<String, EntityType> heads = new LinkedHashMap<>();
        for (ExtractionTables.Row row : tables.rows("list-heads")) {
            heads.put(row.get("head"), EntityType.ofLabel(row.get("type")));
        }
        this.listHeads = Map.copyOf(heads);
        this.anaphora = tables.rows("anaphora").stream()
                .map(r -> new Anaphor(r.get("form"), r.get("kind"), r.get("clause_start").equals("yes")))
                .sorted(java.util.Comparator.comparingInt((Anaphor a) -> a.form().length()).reversed()).toList();
        this.predicateOpeners = words(tables, "predicate-openers", "word");
        this.suffixes = new NameSuffixes(tables.rows("name-suffixes"));
        this.triggers = new TriggerWords(tables.rows("triggers"));
        this.partnerVerb = java.util.regex.Pattern.compile(triggers.fill("^等?(?:分别)?(?:将|拟|还)?{JOINTLY}?(?:{COOPERATE}|{CO_FOUND})"));
        this.cooperation = java.util.regex.Pattern.compile(triggers.fill("{COOPERATE}|{CO_FOUND}"));
        this.predicateVerbs = java.util.stream.Stream.of("FOUND", "FOUNDED_BY", "ISSUE", "LAND", "SETTLE")
                .flatMap(c -> triggers.words(c).stream()).collect(Collectors.toUnmodifiableSet());
        this.gazetteer = new Gazetteer(tables);
        this.version = tables.digest();
    }

    /** {@return the lexicon of the bundled tables} */
    static Lexicon bundled() {
        return Bundled.LEXICON;
    }

    /** {@return the digest of the tables this lexicon was read from} */
    String version() {
        return version;
    }

    /** {@return whether a word names a place: a gazetteer place, an administrative ending, or HanLP's dictionary} */
    private static final Pattern COUNTED_DIVISIONS =
            Pattern.compile("[一二三四五六七八九十两几多数]+[省市区县镇乡村]");

    boolean isKnownPlace(String word) {
        if (word.isEmpty() || COUNTED_DIVISIONS.matcher(word).matches()) {
            // 北三县, “六区”: a number and a kind of division count places, they name none
            return false;
        }
        if ("省市区县镇乡村".indexOf(word.charAt(word.length() - 1)) >= 0 || gazetteer.isPlace(word)) {
            return true;
        }
        return Segmenter.inDictionaryAs(word, "ns");
    }

    /** {@return whether a phrase holds a word that makes it a description (国内首家…银行)} */
    boolean describes(String phrase) {
        for (String word : descriptionWords) {
            if (phrase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> cityRoles(ExtractionTables tables, String kind) {
        return tables.rows("city-roles").stream().filter(r -> r.get("kind").equals(kind)).map(r -> r.get("word"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> words(ExtractionTables tables, String table, String column) {
        return tables.rows(table).stream().map(r -> r.get(column)).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
