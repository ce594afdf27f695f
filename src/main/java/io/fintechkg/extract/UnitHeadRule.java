package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that begins with another organisation's name is a unit of it: 交通银行金融科技研究院 → 交通银行,
 * 中国联通上海分公司 → 中国联通, 国务院国资委 → 国务院, 上海市浦东新区金融业联合会金融科技专委会 → the 联合会. The head
 * is found as a linked company, as a prefix with an organisation suffix of its own, before a place and a branch
 * suffix (人保财险 | 上海市科技分公司), or before descriptors and a lab suffix (中国银联 | 国家工程实验室). A joint
 * lab named after two partners (交行与华为联合创新实验室) is established by each and part of neither.
 */
final class UnitHeadRule {

    private static final Pattern JOINT = Pattern.compile("^(.{2,12}?)(?:与|和)(.{2,12}?)(?:联合|共建|合作)?(?:创新)?(?:实验室|研究院|研究中心|创新中心|中心)$");
    private static final Set<EntityType> UNITS = Set.of(EntityType.INSTITUTION, EntityType.LAB, EntityType.PROJECT,
            EntityType.COMMITTEE);

    private UnitHeadRule() {
    }

    static void apply(ArticleView view, List<Candidate> kept, Set<String> linkedHeads, Set<String> fragments,
            List<Candidate> heads, List<Fact> facts) {
        Lexicon lexicon = view.lexicon();
        for (Candidate c : kept) {
            if (c.type() == null || !UNITS.contains(c.type()) || c.rule().equals(OrganisationNameRule.SHORT_FORM)) {
                continue;
            }
            Matcher joint = JOINT.matcher(c.name());
            if (c.type() == EntityType.LAB && joint.matches() && namesOrganisation(view, kept, c, joint, 1)
                    && namesOrganisation(view, kept, c, joint, 2)) {
                for (int g = 1; g <= 2; g++) {
                    String founder = joint.group(g);
                    heads.add(new Candidate(c.start() + joint.start(g), c.start() + joint.end(g), founder,
                            EntityType.INSTITUTION, "joint-name", 2));
                    facts.add(new Fact(founder, RelationType.ESTABLISHED, c.name(), c.start(), 0.8, "joint-name"));
                }
                continue;
            }
            String head = headOf(view, c, linkedHeads, kept);
            if (head == null || fragments.contains(head) || lexicon.isKnownPlace(head)) {
                continue;
            }
            NameSuffix suffix = lexicon.suffixes.of(head);
            EntityType type = suffix != null && suffix.type() == EntityType.COMMITTEE ? EntityType.COMMITTEE
                    : suffix != null && suffix.type() == EntityType.LAB ? EntityType.LAB : EntityType.INSTITUTION;
            heads.add(new Candidate(c.start(), c.start() + head.length(), head, type, "head", 2));
            facts.add(new Fact(c.name(), RelationType.PART_OF, head, c.start(), 0.85, "head:" + c.rule()));
        }
    }

    private static String headOf(ArticleView view, Candidate c, Set<String> linkedHeads, List<Candidate> kept) {
        Lexicon lexicon = view.lexicon();
        String name = c.name();
        for (String linked : linkedHeads) {
            if (name.startsWith(linked) && name.length() > linked.length()
                    && StockLinkRule.namesUnit(name.substring(linked.length()), lexicon)) {
                return linked;
            }
        }
        Sentence sentence = view.sentenceAt(c.start());
        if (sentence == null) {
            return null;
        }
        String written = sentence.text(c.start(), c.end());
        if (!written.equals(name)) {
            // 支付结算司 completed from its list to 中国人民银行支付结算司: the added prefix is the parent if it is an organisation
            String prefix = name.endsWith(written) ? name.substring(0, name.length() - written.length()) : "";
            NameSuffix suffix = lexicon.suffixes.of(prefix);
            return suffix != null && (suffix.kind() == NameSuffix.Kind.ORGANISATION
                    || suffix.kind() == NameSuffix.Kind.COMPANY_FORM) ? prefix : null;
        }
        // the longest prefix that is an organisation name of its own, followed by more than a legal form
        for (int cut = name.length() - 2; cut >= 3; cut--) {
            String prefix = name.substring(0, cut);
            String rest = name.substring(cut);
            NameSuffix suffix = lexicon.suffixes.of(prefix);
            // a trade inside a name (中国金融期货|交易所, 北京投资|集团) is part of it, not a firm of its own
            boolean trade = suffix != null && suffix.kind() == NameSuffix.Kind.TRADE
                    && lexicon.gazetteer.entries(prefix).isEmpty();
            if (suffix == null || trade || suffix.kind() == NameSuffix.Kind.EVENT || suffix.kind() == NameSuffix.Kind.PLACE
                    || !balanced(prefix) || !balanced(rest) || lexicon.suffixes.of(rest) == null && c.type() != EntityType.PROJECT
                    || isLegalForm(rest, lexicon)) {
                continue;
            }
            int inside = sentence.tokenAt(c.start() + cut);
            if (inside >= 0 && sentence.tokens().get(inside).start() < c.start() + cut
                    && !(sentence.tokens().get(inside).start() == c.start() && sentence.tokens().get(inside).end() == c.end())) {
                // 中国银行|业协会: the cut must fall between words, unless the whole name is one word (国务院办公厅)
                continue;
            }
            if (suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER) {
                int k = sentence.tokenAt(c.start() + cut - 1);
                if (k < 0 || sentence.tokens().get(k).end() != c.start() + cut
                        || !sentence.tokens().get(k).isOrganisationLike()) {
                    continue;
                }
            }
            if (suffix.kind() == NameSuffix.Kind.UNIT && suffix.type() != EntityType.COMMITTEE) {
                continue;
            }
            NameSuffix whole = lexicon.suffixes.of(name);
            if (whole != null && whole.text().length() > rest.length()) {
                // 中国人民银行杭州|中心支行: the cut may not fall inside the name's own suffix
                continue;
            }
            String bare = prefix.substring(0, prefix.length() - suffix.text().length());
            if (!bare.isEmpty() && lexicon.isKnownPlace(bare) && sentence.tokensIn(c.start(), c.start() + cut).size() > 1
                    && !kept.stream().anyMatch(k -> k != c && k.name().equals(prefix))) {
                // 中国|证券|监督管理委员会: a place and a trade (中国证券) is an industry, not an organisation, unless
                // HanLP knows it as one word (中国银行) or the article names it alone
                continue;
            }
            return prefix;
        }
        NameSuffix own = lexicon.suffixes.of(name);
        if (own == null || own.kind() != NameSuffix.Kind.UNIT) {
            return null;
        }
        // 人保财险 | 上海市科技分公司: a place begins the unit's own name
        List<Token> tokens = sentence.tokensIn(c.start(), c.end());
        for (Token t : tokens) {
            if (t.start() > c.start() + 1 && t.isPlaceName() && own.type() == EntityType.INSTITUTION) {
                return name.substring(0, t.start() - c.start());
            }
        }
        // 中国银联 | 国家工程实验室: only descriptors between the head and a lab suffix
        if (own.type() == EntityType.LAB) {
            int cut = c.end() - own.text().length();
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.end() > cut) {
                    continue;
                }
                if (!lexicon.genericWords.contains(t.word())) {
                    break;
                }
                cut = t.start();
            }
            if (cut < c.end() - own.text().length() && cut - c.start() >= 2) {
                String head = name.substring(0, cut - c.start());
                List<Token> headTokens = sentence.tokensIn(c.start(), cut);
                // 中国银联 | 国家工程实验室, not 智能风控 | 联合实验室: the head must be an organisation on its own;
                // a place and a word (中国银联) names a body; plain words (数字人民币, 智能风控) name a subject
                boolean organisation = headTokens.size() >= 2 && headTokens.getFirst().isPlaceName()
                        || !headTokens.isEmpty() && headTokens.getLast().isOrganisationLike()
                        || kept.stream().anyMatch(k -> k != c && lexicon.suffixes.withoutCompanyForm(k.name()).equals(head));
                if (organisation && !OrganisationNameRule.isGeneric(head, headTokens, lexicon)) {
                    return head;
                }
            }
        }
        return null;
    }

    /** A partner in a joint name is a known name of the article or one word HanLP tags as an organisation. */
    private static boolean namesOrganisation(ArticleView view, List<Candidate> kept, Candidate c, Matcher m, int g) {
        String part = m.group(g);
        if (kept.stream().anyMatch(k -> k.name().equals(part))) {
            return true;
        }
        Sentence s = view.sentenceAt(c.start());
        List<Token> tokens = s == null ? List.of() : s.tokensIn(c.start() + m.start(g), c.start() + m.end(g));
        return tokens.size() == 1 && tokens.getFirst().isOrganisationLike();
    }

    private static boolean isLegalForm(String rest, Lexicon lexicon) {
        return lexicon.suffixes.companyForms().contains(rest) || rest.startsWith("集团") || rest.startsWith("股份")
                || rest.startsWith("控股") || rest.startsWith("（");
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '（' || ch == '(') {
                depth++;
            } else if (ch == '）' || ch == ')') {
                depth--;
            }
        }
        return depth == 0;
    }
}
