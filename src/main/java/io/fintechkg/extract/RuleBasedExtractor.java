package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads entities and relations with rules written for Chinese news on top of HanLP's segmentation: names from
 * their suffixes and lists, short forms, policies, people with titles, places, stock links, then relations from
 * trigger words between the names. Stateless and safe to share; HanLP's dictionaries load on first use.
 */
public final class RuleBasedExtractor implements Extractor {

    /**
     * The version of the rules, raised when a rule changes what it reads; the extraction's version adds the digest of
     * the tables (see {@link #version()}).
     */
    static final String RULES = "rules-2";

    private final Lexicon lexicon;
    private final RelationTriggers relationTriggers;
    private final String version;

    /** An extractor with the bundled tables. */
    public RuleBasedExtractor() {
        this(Lexicon.bundled());
    }

    /** An extractor with these tables, e.g. {@link ExtractionTables#withReplacements} of a team's own lexicon. */
    public RuleBasedExtractor(ExtractionTables tables) {
        this(new Lexicon(tables));
    }

    private RuleBasedExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.relationTriggers = new RelationTriggers(lexicon);
        this.version = RULES + "+" + lexicon.version();
    }

    /**
     * {@return what decides this extractor's output: the rules' version and the digest of its tables} A store that
     * holds an article read by another version reads it again.
     */
    public String version() {
        return version;
    }

    private static final Pattern LAUNCH_EVENT = Pattern.compile("^(.{2,}?)(成立|揭牌|启动|开港|开园|开业|发布)(会议|大会|仪式|典礼)$");
    private static final Pattern PLACE_IN_BRACKETS = Pattern.compile("([\\p{IsHan}]{2,6})[（(]([\\p{IsHan}]{2,6})[）)]");
    private static final Pattern OFFICIAL_PLACE = Pattern.compile("^中国（(\\p{IsHan}{2,6})）");
    private static final Pattern FOUNDING = Pattern.compile("(成立|揭牌|启动|开幕|开业|签约)$");

    /** Loads HanLP's dictionaries now, so that the first article does not pay for them. */
    public static void warmUp() {
        Segmenter.warmUp();
        Lexicon.bundled();
    }

    @Override
    public Extraction extract(ParsedArticle article) {
        ArticleView view = new ArticleView(article, lexicon);
        List<Candidate> found = new ArrayList<>();
        List<AbbreviationRule.Abbreviation> abbreviations = new ArrayList<>();
        Set<String> repeatedNames = PersonRule.repeatedNames(view.sentences());
        for (Sentence s : view.sentences()) {
            OrganisationNameRule.apply(s, found);
            EnumerationRule.apply(s, found);
            PolicyNameRule.apply(s, found);
            EventNameRule.apply(s, found);
            OrganisationContextRule.apply(s, found);
            PersonRule.apply(s, found, repeatedNames);
            PlaceRule.apply(s, found);
            KnownOrganisationRule.apply(s, found);
            SubsidiaryShortNameRule.apply(s, found);
            AbbreviationRule.apply(s, abbreviations);
        }
        KnownNameRule.apply(view, found);
        List<Candidate> kept = new ArrayList<>(CandidateResolution.resolve(found));
        Map<String, String> tickers = new HashMap<>();
        Set<String> fragments = new HashSet<>();
        StockLinkRule.apply(view, article.stockLinks() == null ? List.of() : article.stockLinks(), kept, tickers,
                fragments);
        kept.removeIf(c -> c.type() == OrganisationNameRule.BLOCKER || fragments.contains(c.name()));
        kept = expandShortenedLists(view, kept);
        Map<String, String> companions = new HashMap<>();
        kept = splitJoinedEvents(view, kept, companions);

        List<Candidate> heads = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        UnitHeadRule.apply(view, kept, tickers.keySet(), fragments, heads, facts);
        PolicyIssuerRule.apply(view, kept, heads, facts);

        EntityTable table = new EntityTable(lexicon);
        for (Candidate c : kept) {
            if (c.rule().equals(OrganisationNameRule.SHORT_FORM)) {
                continue;
            }
            EntityDraft d = table.add(c.name(), c.type(), c.priority());
            d.mentions.add(new Mention(c.start(), c.end(), article.text().substring(c.start(), c.end())));
            for (String alias : c.aliases()) {
                table.addAlias(d, alias);
            }
        }
        for (Candidate h : heads) {
            EntityDraft d = table.get(h.name()) != null ? table.get(h.name()) : table.add(h.name(), h.type(), 1);
            d.mentions.add(new Mention(h.start(), h.end(), article.text().substring(h.start(), h.end())));
        }
        for (AbbreviationRule.Abbreviation a : abbreviations) {
            List<Candidate> places = listedPlacesBefore(view, kept, a.nameEnd());
            if (places.size() >= 2) {
                // 三河市、大厂回族自治县、香河县（以下称北三县）: a name for the places of the list together
                int at = view.masked().indexOf(a.alias(), a.start());
                EntityDraft group = table.add(a.alias(), EntityType.PLACE, 1);
                group.mentions.add(new Mention(at, at + a.alias().length(), view.text().substring(at, at + a.alias().length())));
                for (Candidate place : places) {
                    facts.add(new Fact(place.name(), RelationType.LOCATED_IN, a.alias(), a.start(), 0.75,
                            "compound:以下称"));
                }
                continue;
            }
            kept.stream().filter(c -> c.end() == a.nameEnd() && table.get(c.name()) != null).findFirst()
                    .ifPresent(c -> table.addAlias(table.get(c.name()), a.alias()));
        }
        table.resolveShortForms();
        table.mergeKnownForms();
        for (Candidate c : kept) {
            if (c.rule().equals(OrganisationNameRule.SHORT_FORM)) {
                table.attachShortForm(c.name(), c.type(), new Mention(c.start(), c.end(),
                        article.text().substring(c.start(), c.end())));
            }
        }
        tickers.forEach((name, ticker) -> {
            EntityDraft d = table.get(name);
            if (d != null) {
                d.ticker = ticker;
            }
        });
        table.addKnownTickers();
        addAliasMentions(view, table, kept);
        locatedIn(view, kept, table, facts);
        launchEvents(table, facts);

        RelationTriggers.Context context = new RelationTriggers.Context(table::get);
        List<Skeleton.Slot> earlier = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            List<Skeleton.Slot> own = slots(s, table);
            List<Skeleton.Slot> all = new ArrayList<>(own);
            all.addAll(Anaphora.resolve(s, earlier, own));
            all.sort(Comparator.comparingInt(Skeleton.Slot::start));
            relationTriggers.apply(new Skeleton(s, all), context, facts);
            // and once more with the topic written before the clauses that carry it, for the shapes that need it
            List<Skeleton.Slot> topics = TopicChain.subjects(s, all);
            if (!topics.isEmpty()) {
                List<Skeleton.Slot> chained = new ArrayList<>(all);
                chained.addAll(topics);
                chained.sort(Comparator.comparingInt(Skeleton.Slot::start).thenComparingInt(Skeleton.Slot::end));
                relationTriggers.apply(new Skeleton(s, chained), context, facts, true);
            }
            earlier.addAll(all);
        }
        List<ExtractedEntity> entities = table.drafts().stream().filter(d -> d.type != null)
                .filter(d -> !fragments.contains(d.name)).map(d -> d.toEntity(view::writtenAs)).toList();
        // what is launched at a ceremony held within an event is launched at that event too
        for (Fact f : List.copyOf(facts)) {
            EntityDraft ceremony = f.type() == RelationType.LAUNCHED_AT ? table.get(f.target()) : null;
            EntityDraft outer = ceremony == null ? null : context.heldWithin.get(ceremony);
            if (outer != null) {
                facts.add(new Fact(f.source(), RelationType.LAUNCHED_AT, outer.name, f.at(), f.confidence(), f.rule()));
            }
        }
        return new Extraction(article, entities, relations(view, table, facts, companions), version);
    }

    /** 黑龙江省工信厅、发改委、商务厅 and 中国人民银行科技司、支付结算司: later items share the first item's prefix. */
    private List<Candidate> expandShortenedLists(ArticleView view, List<Candidate> kept) {
        List<Candidate> out = new ArrayList<>(kept);
        for (int i = 0; i < out.size(); i++) {
            Candidate first = out.get(i);
            Sentence s = view.sentenceAt(first.start());
            if (s == null || first.type() != EntityType.INSTITUTION) {
                continue;
            }
            String prefix = prefixOf(s, first);
            if (prefix == null) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Candidate prev = out.get(j - 1);
                Candidate next = out.get(j);
                if (next.start() != prev.end() + 1 || view.masked().charAt(prev.end()) != '、') {
                    break;
                }
                NameSuffix suffix = lexicon.suffixes.of(next.name());
                boolean bare = next.name().length() <= 5 && !next.name().startsWith(prefix)
                        && s.tokensIn(next.start(), next.end()).stream().noneMatch(Token::isPlaceName)
                        && suffix != null && suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER
                        && lexicon.suffixes.of(first.name()) != null
                        && lexicon.suffixes.of(first.name()).kind() == NameSuffix.Kind.SINGLE_CHARACTER;
                if (bare) {
                    out.set(j, new Candidate(next.start(), next.end(), prefix + next.name(), next.type(),
                            next.rule() + "+prefix", next.priority(), List.of(next.name())));
                }
            }
        }
        return out;
    }

    private static String prefixOf(Sentence s, Candidate c) {
        List<Token> tokens = s.tokensIn(c.start(), c.end());
        if (!tokens.isEmpty() && tokens.getFirst().isPlaceName() && tokens.getFirst().start() == c.start()
                && tokens.getFirst().end() < c.end()) {
            return tokens.getFirst().word();
        }
        for (String head : List.of("银行", "大学", "交易所", "集团", "公司")) {
            int at = c.name().indexOf(head);
            if (at > 0 && at + head.length() < c.name().length()) {
                return c.name().substring(0, at + head.length());
            }
        }
        return null;
    }

    /** X成立暨第一次工作会议 names two events: X成立会议 and X第一次工作会议. */
    private List<Candidate> splitJoinedEvents(ArticleView view, List<Candidate> kept,
            Map<String, String> companions) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate e : kept) {
            int inner = e.type() == EntityType.EVENT ? e.name().indexOf('暨') : -1;
            if (inner > 0 && isEventName(e.name().substring(0, inner)) && isEventName(e.name().substring(inner + 1))) {
                // X开园仪式暨2022Y论坛 read as one name: each side is a whole event of its own
                String first = e.name().substring(0, inner);
                String second = e.name().substring(inner + 1);
                out.add(new Candidate(e.start(), e.start() + inner, first, EntityType.EVENT, "event:暨", 2));
                out.add(new Candidate(e.start() + inner + 1, e.end(), second, EntityType.EVENT, "event:暨", 2));
                // the venue and organiser are written once, next to whichever side ends near the verb
                companions.put(first, second);
                companions.put(second, first);
                continue;
            }
            if (e.type() != EntityType.EVENT || e.start() == 0 || view.masked().charAt(e.start() - 1) != '暨'
                    || lexicon.suffixes.of(e.name()) == null) {
                out.add(e);
                continue;
            }
            Sentence s = view.sentenceAt(e.start());
            int ji = e.start() - 1;
            Matcher founding = FOUNDING.matcher(view.masked().substring(Math.max(s.start(), ji - 2), ji));
            int verb = founding.find() ? ji - founding.group().length() : ji;
            NameBoundary.Found left = NameBoundary.leftOf(s, verb, ji, false, false);
            String l = left.name();
            if (l.length() < 3) {
                out.add(e);
                continue;
            }
            String head = e.name().endsWith("会议") ? "会议" : lexicon.suffixes.of(e.name()).text();
            String subject = FOUNDING.matcher(l).replaceFirst("");
            String first = l + head;
            String second = e.name().startsWith(subject) ? e.name() : subject + e.name();
            out.add(new Candidate(left.start(), e.end(), first, EntityType.EVENT, "event:暨", 2,
                    List.of(l + "暨" + e.name())));
            out.add(new Candidate(e.start(), e.end(), second, EntityType.EVENT, "event:暨", 2, List.of(e.name())));
            companions.put(first, second);
        }
        return out;
    }

    private boolean isEventName(String name) {
        NameSuffix suffix = lexicon.suffixes.of(name);
        return suffix != null && suffix.type() == EntityType.EVENT && name.length() > suffix.text().length() + 1;
    }

    /** Places written together: 浦东金融数据港 (金融数据港 in 浦东), 莱西姜山镇, 黑龙江（哈尔滨）. */
    private void locatedIn(ArticleView view, List<Candidate> kept, EntityTable table, List<Fact> facts) {
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            Sentence s = view.sentenceAt(c.start());
            if (s == null || c.type() != EntityType.PLACE) {
                continue;
            }
            String head = placeAtHead(c, s, kept);
            if (head != null) {
                facts.add(new Fact(c.name(), RelationType.LOCATED_IN, head, c.start(), 0.8, "compound:place"));
                if (lookup(table, head) == null && lexicon.gazetteer.isPlace(head) && c.name().startsWith(head)) {
                    // 济南中央商务区 → 济南: a known place a compound is placed in is an entity of the article
                    EntityDraft place = table.add(head, EntityType.PLACE, 1);
                    place.mentions.add(new Mention(c.start(), c.start() + head.length(),
                            view.text().substring(c.start(), c.start() + head.length())));
                }
                // 浦东金融数据港 where the article also writes 金融数据港: the compound is a form of the inner place
                String inner = c.name().startsWith(head) ? c.name().substring(head.length()) : "";
                EntityDraft place = table.get(inner);
                EntityDraft compound = table.get(c.name());
                // the inner place is a name where the article writes it on its own, not only inside the compound
                // and a rule reads it as a name there (基金小镇, 中央商务区 alone are kinds, not names)
                boolean named = place != null && place.mentions.stream().anyMatch(m -> m.text().equals(inner))
                        && kept.stream().anyMatch(k -> k.name().equals(inner)
                                && !k.rule().equals(OrganisationNameRule.SHORT_FORM));
                if (named && place != null && compound != null && place.type == EntityType.PLACE) {
                    if (place != compound) {
                        table.mergeAsForm(place, compound);
                    } else if (place.name.equals(c.name())) {
                        place.name = inner;
                    }
                }
            }
            if (i + 1 < kept.size() && kept.get(i + 1).start() == c.end() && kept.get(i + 1).type() == EntityType.PLACE) {
                facts.add(new Fact(kept.get(i + 1).name(), RelationType.LOCATED_IN, c.name(), c.start(), 0.8,
                        "compound:place"));
            }
        }
        String masked = view.masked();
        for (int open = masked.indexOf('（'); open >= 0; open = masked.indexOf('（', open + 1)) {
            Matcher m = PLACE_IN_BRACKETS.matcher(masked).region(Math.max(0, open - 6), Math.min(masked.length(), open + 8));
            if (!m.find()) {
                continue;
            }
            Sentence s = view.sentenceAt(m.start());
            if (s == null) {
                continue;
            }
            List<Token> outer = s.tokensIn(m.start(1), m.end(1));
            List<Token> inner = s.tokensIn(m.start(2), m.end(2));
            if (!outer.isEmpty() && outer.getLast().isPlaceName() && outer.getLast().end() == m.end(1)
                    && inner.size() == 1 && inner.getFirst().isPlaceName()) {
                facts.add(new Fact(inner.getFirst().word(), RelationType.LOCATED_IN, outer.getLast().word(),
                        m.start(), 0.75, "compound:place（place）"));
            }
        }
    }

    /**
     * {@return the place a place's name begins with, or {@code null}}: the longest other place of the article or known
     * place the name starts with (钱江新城核心区 → 钱江新城, 成都高新区 → 成都, 济南中央商务区 → 济南); in an official
     * name the bracket says where (中国（北京）自由贸易试验区 → 北京). A zone named after two places (通州区与北三县一体化示范区)
     * lies in neither.
     */
    private String placeAtHead(Candidate c, Sentence s, List<Candidate> kept) {
        String name = c.name();
        if (name.matches(".*\\p{IsHan}{2,}(与|和|及)\\p{IsHan}{2,}.*")) {
            return null;
        }
        String best = null;
        for (Candidate other : kept) {
            if (other != c && other.type() == EntityType.PLACE && name.startsWith(other.name())
                    && other.name().length() < name.length() && (best == null || other.name().length() > best.length())) {
                best = other.name();
            }
        }
        Matcher official = OFFICIAL_PLACE.matcher(name);
        if (official.lookingAt() && (best == null || best.length() <= official.end())) {
            return official.group(1);
        }
        for (int end = name.length() - 1; end >= 2; end--) {
            String prefix = name.substring(0, end);
            if ((best == null || prefix.length() > best.length()) && lexicon.gazetteer.isPlace(prefix)
                    && s.tokenAt(c.start() + end) >= 0 && s.tokens().get(s.tokenAt(c.start() + end)).start() == c.start() + end) {
                best = prefix;
            }
        }
        if (best == null) {
            List<Token> tokens = s.tokensIn(c.start(), c.end());
            if (tokens.size() >= 2 && tokens.getFirst().isPlaceName() && tokens.getFirst().start() == c.start()) {
                best = tokens.getFirst().word();
            }
        }
        return best;
    }

    /** {@return the places of a list (A、B、C) that ends right at {@code end}, or fewer than two when it is none} */
    private static List<Candidate> listedPlacesBefore(ArticleView view, List<Candidate> kept, int end) {
        List<Candidate> places = new ArrayList<>();
        int at = end;
        while (true) {
            int stop = at;
            Candidate last = kept.stream().filter(c -> c.end() == stop && c.type() == EntityType.PLACE).findFirst()
                    .orElse(null);
            if (last == null) {
                break;
            }
            places.addFirst(last);
            if (last.start() == 0 || view.masked().charAt(last.start() - 1) != '、') {
                break;
            }
            at = last.start() - 1;
        }
        return places;
    }

    /** 移动金融专业委员会成立会议: the event launches what its name says is founded. */
    private static void launchEvents(EntityTable table, List<Fact> facts) {
        for (EntityDraft d : table.drafts()) {
            if (d.type != EntityType.EVENT) {
                continue;
            }
            for (String form : List.copyOf(d.forms)) {
                Matcher m = LAUNCH_EVENT.matcher(form);
                // a place's opening ceremony (开港仪式) is its own event, not a launch of it
                if (m.matches() && table.get(m.group(1)) != null && table.get(m.group(1)).type != EntityType.PLACE) {
                    int at = d.mentions.isEmpty() ? 0 : d.mentions.getFirst().start();
                    facts.add(new Fact(m.group(1), RelationType.LAUNCHED_AT, d.name, at, 0.75, "event-name"));
                }
            }
        }
    }

    /** Every other place where a known form of an entity is written counts as a mention of it. */
    private static void addAliasMentions(ArticleView view, EntityTable table, List<Candidate> kept) {
        String text = view.masked();
        List<Candidate> byStart = new ArrayList<>(kept);
        byStart.sort(Comparator.comparingInt(Candidate::start));
        int[] starts = byStart.stream().mapToInt(Candidate::start).toArray();
        for (EntityDraft d : table.drafts()) {
            for (String form : d.forms) {
                if (form.length() < 2) {
                    continue;
                }
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int s = at;
                    int e = at + form.length();
                    boolean inside = false;
                    boolean partial = false;
                    // the candidates that start before the form ends, back to the longest a name can be
                    int i = java.util.Arrays.binarySearch(starts, e);
                    for (i = (i < 0 ? -i - 1 : i) - 1; i >= 0 && starts[i] > s - 64; i--) {
                        Candidate c = byStart.get(i);
                        if (c.end() <= s) {
                            continue;
                        }
                        boolean covers = c.start() <= s && e <= c.end();
                        inside |= covers && c.length() > form.length() && table.get(c.name()) != d;
                        partial |= !covers && !(s <= c.start() && c.end() <= e);
                    }
                    boolean known = d.mentions.stream().anyMatch(m -> m.start() <= s && e <= m.end());
                    if (!inside && !partial && !known) {
                        d.mentions.add(new Mention(s, e, view.text().substring(s, e)));
                    }
                }
            }
        }
    }

    /** The mentions of a sentence, longest first where they overlap, in text order. */
    private static List<Skeleton.Slot> slots(Sentence sentence, EntityTable table) {
        List<Skeleton.Slot> all = new ArrayList<>();
        for (EntityDraft d : table.drafts()) {
            if (d.type == null) {
                continue;
            }
            for (Mention m : d.mentions) {
                if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
                    all.add(new Skeleton.Slot(m.start(), m.end(), d));
                }
            }
        }
        all.sort(Comparator.comparingInt((Skeleton.Slot s) -> s.end() - s.start()).reversed());
        List<Skeleton.Slot> chosen = new ArrayList<>();
        for (Skeleton.Slot s : all) {
            if (chosen.stream().noneMatch(c -> c.start() < s.end() && s.start() < c.end())) {
                chosen.add(s);
            }
        }
        chosen.sort(Comparator.comparingInt(Skeleton.Slot::start));
        return chosen;
    }

    private static List<ExtractedRelation> relations(ArticleView view, EntityTable table, List<Fact> facts,
            Map<String, String> companions) {
        List<Fact> all = new ArrayList<>(facts);
        for (Fact f : facts) {
            String sourceTwin = companions.get(f.source());
            String targetTwin = companions.get(f.target());
            if (targetTwin != null && (f.type() == RelationType.ORGANIZED || f.type() == RelationType.HELD_AT)) {
                all.add(new Fact(f.source(), f.type(), targetTwin, f.at(), f.confidence(), f.rule()));
            }
            if (sourceTwin != null && f.type() == RelationType.HELD_AT) {
                all.add(new Fact(sourceTwin, f.type(), f.target(), f.at(), f.confidence(), f.rule()));
            }
        }
        Map<String, ExtractedRelation> byKey = new LinkedHashMap<>();
        for (Fact f : all) {
            EntityDraft source = lookup(table, f.source());
            EntityDraft target = lookup(table, f.target());
            if (source == null || target == null || source == target || source.type == null || target.type == null
                    || !f.type().allows(source.type, target.type)
                    || f.type() == RelationType.PARTNERS_WITH && source.type == EntityType.PLACE
                    && target.type == EntityType.PLACE) {
                // two places working together (城市副中心与北三县一体化合作) is regional integration, not a partnership
                continue;
            }
            String a = source.name;
            String b = target.name;
            if (f.type().symmetric() && a.compareTo(b) > 0) {
                String swap = a;
                a = b;
                b = swap;
            }
            Sentence s = view.sentenceAt(f.at());
            Evidence evidence = s == null ? new Evidence("", f.at(), f.at(), f.confidence(), f.rule())
                    : new Evidence(view.text().substring(s.start(), s.end()), s.start(), s.end(), f.confidence(),
                            f.rule());
            a = view.writtenAs(a);
            b = view.writtenAs(b);
            String key = a + "|" + f.type() + "|" + b;
            ExtractedRelation existing = byKey.get(key);
            if (existing == null) {
                byKey.put(key, new ExtractedRelation(a, f.type(), b, f.confidence(), List.of(evidence)));
            } else if (existing.evidence().stream().noneMatch(e -> e.start() == evidence.start()
                    && e.rule().equals(evidence.rule()))) {
                List<Evidence> more = new ArrayList<>(existing.evidence());
                more.add(evidence);
                byKey.put(key, new ExtractedRelation(a, f.type(), b, Math.max(existing.confidence(), f.confidence()),
                        List.copyOf(more)));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** {@return the entity with this form, or the place it names without its administrative suffix (哈尔滨 → 哈尔滨市)} */
    private static EntityDraft lookup(EntityTable table, String form) {
        EntityDraft d = table.get(form);
        for (String suffix : List.of("市", "省", "区", "县", "镇")) {
            if (d != null) {
                break;
            }
            EntityDraft place = table.get(form + suffix);
            d = place != null && place.type == EntityType.PLACE ? place : null;
        }
        return d;
    }
}
