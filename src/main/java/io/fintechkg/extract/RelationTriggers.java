package io.fintechkg.extract;

import static io.fintechkg.ontology.RelationType.ESTABLISHED;
import static io.fintechkg.ontology.RelationType.HELD_AT;
import static io.fintechkg.ontology.RelationType.HOLDS_POSITION;
import static io.fintechkg.ontology.RelationType.INVESTS_IN;
import static io.fintechkg.ontology.RelationType.ISSUED;
import static io.fintechkg.ontology.RelationType.LANDED_IN;
import static io.fintechkg.ontology.RelationType.LAUNCHED_AT;
import static io.fintechkg.ontology.RelationType.LOCATED_IN;
import static io.fintechkg.ontology.RelationType.MEMBER_OF;
import static io.fintechkg.ontology.RelationType.ORGANIZED;
import static io.fintechkg.ontology.RelationType.PARTNERS_WITH;
import static io.fintechkg.ontology.RelationType.PART_OF;
import static io.fintechkg.ontology.RelationType.SETTLED_IN;
import static io.fintechkg.ontology.RelationType.TRANSFORMED_FROM;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations read from trigger words between names. Each {@link Trigger} is a regular expression over a
 * {@link Skeleton}, where {@code M} stands for one name and {@code L} for a list of names (A、B和C); group
 * {@code src} holds the source(s), group {@code tgt} the target(s). A trigger without a target group takes the
 * nearest earlier event of the sentence (本次对接会由A、B主办). Types that do not fit the ontology are dropped later.
 */
final class RelationTriggers {

    /** One trigger: the pattern, the relation it states and the rule id for the evidence. */
    record Trigger(Pattern pattern, RelationType type, String rule, double confidence, List<String> cues) {

        /**
         * @param shape the sentence shape: {@code M} one name, {@code L} a list of names, {@code {CLASS}} a word of
         *              that trigger class
         */
        static Trigger of(TriggerWords words, String shape, RelationType type, String rule, double confidence) {
            // a list of names; an item no rule recognised (新华社) keeps the list together but names nothing
            String list = "M(?:\\s*(?:、|，|,|和|及|与|以及)\\s*(?:M|\\p{IsHan}{2,12}(?=、)))*";
            String filled = words.fill(shape);
            String regex = filled.replace("L", list).replace("M", Skeleton.M);
            // every trigger needs one of its words of two or more characters: a cheap test before the expression
            // (words in a negative lookahead, such as a gap's causative verbs, are no cue)
            List<String> cues = Pattern.compile("\\p{IsHan}{2,}").matcher(filled.replaceAll("\\(\\?![^)]*\\)", ""))
                    .results().map(java.util.regex.MatchResult::group).distinct().toList();
            return new Trigger(Pattern.compile(regex), type, rule, confidence, cues);
        }

        boolean mayMatch(java.util.Set<String> present) {
            if (cues.isEmpty()) {
                return true;
            }
            for (String cue : cues) {
                if (present.contains(cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String GAP = "[^。；\uE000-\uE3FF]";
    private static final String NEAR = "[^，。；\uE000-\uE3FF]";
    /** Words between a body and its own landing or settling: no verb that makes something else land (推动项目落户). */
    private static final String OWN_GAP = "(?:(?!{CAUSE})[^。；\uE000-\uE3FF])";
    /** Adverbs of time and manner between an actor and its verb: 还, 同日, 正式, 近日. */
    private static final String ADVERB = "(?:还|也|已|将|同日|同时|正式|近日|日前|今日|再次|联合)?";

    private final Lexicon lexicon;
    private final List<Trigger> triggers;
    /** The triggers whose shape begins with its source: the ones a topic carried into a clause can complete. */
    private final List<Trigger> subjectFirst;
    /** Every trigger's cue words: each is looked for once per sentence. */
    private final List<String> cueWords;
    /** A body a sentence founds: 筹建X, 全资设立了X. */
    private final Pattern foundedObject;
    /** A与B共建的C, A与B携手成立了C: both found C. */
    private final Pattern coFounded;
    /** A与B签署…，双方将共建C: the two partners of the sentence found C together. */
    private final Pattern bothBuild;
    private final Pattern jointly;
    /** 本次大会还举行了X揭牌仪式: an event held within another. */
    private final Pattern heldWithin;
    /** The words that launch something at an event: 发布, 成立, 揭牌 … ({@code LAUNCH} in triggers.tsv). */
    private final Pattern launchVerb;

    RelationTriggers(Lexicon lexicon) {
        this.lexicon = lexicon;
        TriggerWords w = lexicon.triggers;
        this.foundedObject = Pattern.compile(w.fill("{FOUND}了?(?<obj>M)").replace("M", Skeleton.M));
        this.coFounded = Pattern.compile(w.fill("(?<src>M)" + NEAR + "{0,10}?(?:分别)?(?:与|和|同)(?<partners>M(?:(?:、|，|,|和|及|与)M)*)"
                + NEAR + "{0,6}?{JOINTLY}?{CO_FOUND}(?:的|了)?[“\"]?(?<tgt>M)").replace("M", Skeleton.M));
        // 共建深圳大学“深圳国际金融科技研究院”: the quoted unit after its body is what is built
        this.bothBuild = Pattern.compile(w.fill("双方[^。]{0,60}?{JOINTLY}?{CO_FOUND}(?:M(?=[“\"]))?[“\"]?(?<tgt>M)")
                .replace("M", Skeleton.M));
        this.jointly = Pattern.compile(w.fill("{JOINTLY}"));
        this.launchVerb = Pattern.compile(w.fill("{LAUNCH}"));
        this.heldWithin = Pattern.compile(w.fill("(?<outer>M)" + ADVERB + "(?:还|同时|期间)?{HOLD_INSIDE}了?(?<inner>M)")
                .replace("M", Skeleton.M));
        this.triggers = List.of(
            Trigger.of(w, "(?<src>L)(?:联合|共同)?{ORGANIZE}(?:的)?(?<tgt>M)?", ORGANIZED, "trigger:主办", 0.85),
            Trigger.of(w, "(?<src>M)在M{HOLD}了?(?<tgt>M)", ORGANIZED, "trigger:在…召开", 0.8),
            Trigger.of(w, "(?<![在于])(?<src>M)(?:即|随后|将|再|又)?{CONVENE}了?(?<tgt>M)", ORGANIZED, "trigger:召开", 0.75),
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,6}?在(?<tgt>M)" + NEAR + "{0,6}?{HOLD}",
                    HELD_AT, "trigger:在…举行", 0.85),
            Trigger.of(w, "M在(?<tgt>M){HOLD}了?(?<src>M)", HELD_AT, "trigger:在…召开", 0.8),
            Trigger.of(w, "(?<src>L)" + OWN_GAP + "{0,20}?在(?<tgt>M)" + NEAR + "{0,8}?(?:{BUILT}|{LAND})", LANDED_IN,
                    "trigger:落成", 0.85),
            Trigger.of(w, "(?<src>L)" + OWN_GAP + "{0,20}?{LAND}(?:于|在)?(?<tgt>M)", LANDED_IN, "trigger:落户", 0.8),
            // X在广州正式挂牌成立, X在P及Q等地布局: a body set up in the places named after 在
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,10}?在(?<tgt>L)(?:等地)?" + ADVERB + "{SITED}", LANDED_IN,
                    "trigger:在…挂牌", 0.8),
            // 在城市副中心建设北京政务大数据平台, 在重庆江北嘴落地了X: what is built or placed there
            Trigger.of(w, "在(?<tgt>L)(?:等地)?" + ADVERB + "{SITE_OBJECT}了?(?<src>M)", LANDED_IN, "trigger:在…建设", 0.75),
            // 钱江新城还引进了五大交易平台，包括A、B; 该园区吸引了包括A、B等200余家企业入驻
            Trigger.of(w, "(?<tgt>M)" + NEAR + "{0,6}?{ATTRACT}了?" + GAP + "{0,12}?(?:包括|如)?(?<src>L)", SETTLED_IN,
                    "trigger:引进", 0.75),
            Trigger.of(w, "(?<src>L)" + OWN_GAP + "{0,20}?{SETTLE}" + GAP + "{0,12}?(?<tgt>M)", SETTLED_IN,
                    "trigger:入驻", 0.85),
            Trigger.of(w, "(?<src>M)" + ADVERB + "(?:分别)?(?:与|同|和)(?<tgt>L)[^。；]{0,30}?{COOPERATE}",
                    PARTNERS_WITH, "trigger:合作", 0.8),
            Trigger.of(w, "(?<src>M){TAKE_STAKE}了?(?<tgt>M)", INVESTS_IN, "trigger:入股", 0.8),
            // 同花顺已于2019年入股数融科技, A、B和C均入股X: a time or an adverb stands between holder and verb
            Trigger.of(w, "(?<src>L)" + NEAR + "{1,12}?{JOIN_STAKE}了?(?<tgt>M)", INVESTS_IN, "trigger:…入股", 0.75),
            Trigger.of(w, "(?<src>M)控股的(?<tgt>M)", INVESTS_IN, "trigger:控股的", 0.8),
            Trigger.of(w, "(?<tgt>M)控股的(?<src>M)", PART_OF, "trigger:控股的", 0.8),
            // 作为X旗下的…板块，Y: the subject after the clause is the unit
            Trigger.of(w, "作为(?<tgt>M)旗下的" + NEAR + "{0,12}，(?<src>M)", PART_OF, "trigger:作为…旗下", 0.75),
            Trigger.of(w, "(?<tgt>M)旗下(?:的)?(?<src>M)", PART_OF, "trigger:旗下", 0.75),
            // 本轮融资由A领投，B跟投: investors in the company whose round the article reports
            Trigger.of(w, "(?<src>L)(?:继续|联合|共同)?{ROUND}", INVESTS_IN, "trigger:领投", 0.75),
            // A出资5000万元设立X, A向其发起设立的X注资: the founder pays in
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,8}?出资" + NEAR + "{0,12}?{FOUND}(?<tgt>M)", INVESTS_IN,
                    "trigger:出资设立", 0.8),
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,8}?出资" + NEAR + "{0,12}?{FOUND}(?<tgt>M)", ESTABLISHED,
                    "trigger:出资设立", 0.8),
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,16}?向其?" + NEAR + "{0,6}?的?(?<tgt>M)(?:注资|增资|投资)", INVESTS_IN,
                    "trigger:向…注资", 0.8),
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,16}?其(?:发起|共同|联合)?{FOUND}的(?<tgt>M)", ESTABLISHED,
                    "trigger:其设立的", 0.8),
            // A已在P设立X: the founder and the founded, with or without the place
            Trigger.of(w, "(?<src>M)(?:已|将|还|拟|也|先后)?(?:在M)?(?:设立|组建|创办)了?(?<tgt>M)", ESTABLISHED,
                    "trigger:设立", 0.75),
            Trigger.of(w, "(?<src>M)(?:持有|持股)(?<tgt>M)[\\d.]+%", INVESTS_IN, "trigger:持有%", 0.8),
            Trigger.of(w, "(?<tgt>M)(?:是|系)?由(?<src>L)[^。]*?{FOUNDED_BY}", ESTABLISHED,
                    "trigger:由…组建", 0.8),
            Trigger.of(w, "(?<tgt>M)是(?<src>M)[^。\uE000-\uE3FF]{0,80}?(?:成立|设立|组建)的", ESTABLISHED, "trigger:是…成立的", 0.75),
            Trigger.of(w, "(?<src>L)(?:共同|联合)?(?:发起)?(?:成立|设立|组建|创办)了(?<tgt>M)", ESTABLISHED,
                    "trigger:成立", 0.75),
            // X位于P，由Y转型升级而来: the subject, not the place between, was transformed
            Trigger.of(w, "(?<src>M)(?:[^。；]{0,20}?[，,])?由(?<tgt>M){TRANSFORM}而来", TRANSFORMED_FROM,
                    "trigger:转型升级而来", 0.85),
            Trigger.of(w, "(?<src>M)的?前身(?:是|为)(?<tgt>M)", TRANSFORMED_FROM, "trigger:前身", 0.85),
            Trigger.of(w, "(?<tgt>M)" + NEAR + "{0,8}?更名为(?<src>M)", TRANSFORMED_FROM, "trigger:更名", 0.8),
            // 中国(深圳)综合开发研究院在大会上发布的《指数》: issued at an event
            Trigger.of(w, "(?<src>M)在M上{ISSUE}的?(?<tgt>M)", ISSUED, "trigger:在…上发布", 0.8),
            // A、B和C联合印发《…》: every body of the list issues it
            Trigger.of(w, "(?<src>L)" + ADVERB + "{ISSUE}了?(?<tgt>M)", ISSUED, "trigger:印发", 0.8),
            // 《计划》由A会同B共同制定: every drafter issues it
            Trigger.of(w, "(?<tgt>M)由(?<src>M(?:(?:、|和|与|及|会同|联合)M)*)(?:共同|联合)?{DRAFT}", ISSUED,
                    "trigger:由…制定", 0.8),
            // X注册地位于P, 该公司注册地位于P: a registered seat lands the body named right before it; the innermost
            // place of a written compound (省市区)
            Trigger.of(w, "(?<src>M)的?注册地址?(?:位于|在|设在|为)M*(?<tgt>M)", LANDED_IN, "trigger:注册地", 0.8),
            Trigger.of(w, "(?<src>M)" + NEAR + "{0,4}?位于M*(?<tgt>M)", LOCATED_IN, "trigger:位于", 0.75),
            Trigger.of(w, "(?<src>L)(?:是|为|均为|加入|成为)(?<tgt>M)的?{MEMBER}", MEMBER_OF, "trigger:会员", 0.8),
            // 天风期货是大连商品交易所、上海期货交易所的会员单位: a member of every body of the list
            Trigger.of(w, "(?<src>M)(?:是|为|均为|成为)(?<tgt>L)的" + NEAR + "{0,6}?{MEMBER}", MEMBER_OF, "trigger:…的会员",
                    0.8),
            // 共建深圳大学“深圳国际金融科技研究院”: a unit quoted right after the body it belongs to
            Trigger.of(w, "(?<tgt>M)[“\"](?<src>M)[”\"]", PART_OF, "quoted-unit", 0.75),
            Trigger.of(w, "(?<tgt>M)由[^。；]*?(?<src>M)担任", HOLDS_POSITION, "trigger:担任", 0.8),
            // 刘鹏当选联盟理事长, 王晓军任联盟副理事长: a person elected or appointed to a post of the body named
            Trigger.of(w, "(?<src>M)(?:当选为?|出任|担任|任)(?<tgt>M)(?:" + String.join("|", lexicon.titles) + ")",
                    HOLDS_POSITION, "trigger:当选", 0.8));
        this.subjectFirst = triggers.stream().filter(t -> t.pattern().pattern().startsWith("(?<src>")).toList();
        this.cueWords = triggers.stream().flatMap(t -> t.cues().stream()).distinct().toList();
    }

    private static final Pattern SEAT = Pattern.compile(("注册地址?(?:位于|在|设在|为)(?<places>M+)").replace("M", Skeleton.M));
    private static final Pattern HELD = Pattern.compile("(?:持有|持股)(?<co>M)[\\d.]+%".replace("M", Skeleton.M));
    private static final Pattern THIS_EVENT = Pattern.compile("(本届|本次|此次|这次|该)(\\p{IsHan}{0,4})(会|论坛|峰会|大赛|仪式|活动)");
    private static final Pattern FUNDING_ROUND = Pattern.compile(("(?<co>M)" + NEAR + "{0,12}?(?:完成|获得|宣布完成|获)"
            + NEAR + "{0,12}?融资").replace("M", Skeleton.M));
    private static final Pattern SUB_COMMITTEE = Pattern.compile("的(专业委员会|专委会|分会|分支机构|下属机构)");
    private static final Pattern SHAREHOLDING = Pattern.compile("(?<src>" + "M(?:(?:、|，|,|和|及|与)M)*"
            .replace("M", Skeleton.M) + ")(?:分别)?(?:持有|持股|持)[\\d.]+%");
    private static final Pattern MEMBER_LIST = Pattern.compile(("(?:会员|成员)[^。\uE000-\uE3FF]{0,12}?包括(?<src>M(?:(?:、|，|,|和|及|与)M)*)")
            .replace("M", Skeleton.M));
    private static final Pattern MEMBER_UNITS = Pattern.compile(("(?<src>M(?:(?:、|，|,|和|及|与)M)*)(?:分别)?(?:为|是|均为)"
            + "[^。；，\uE000-\uE3FF]{0,10}?(?:委员|会员|成员|理事)单位").replace("M", Skeleton.M));
    private static final Pattern APPOINTMENT = Pattern.compile(("(?<verb>任命|聘任|提名)(?<src>M(?:、M)*)为(?<tgt>[^；。]*)")
            .replace("M", Skeleton.M));
    private static final Pattern EVENT_CONTEXT = Pattern.compile(("^[^，。]{0,4}?(?<ev>M)(?:上|当天|期间|现场|中|举行期间)[，,]|在(?<ev2>M)(?:上|期间)")
            .replace("M", Skeleton.M));
    private static final Pattern PUBLISHED = Pattern.compile("[了的]?(" + Skeleton.M + ")");
    /** 峰会上，… / 年会期间，… / 峰会由…主办: the bare head of the event the article just named. */
    private static final Pattern BARE_EVENT = Pattern.compile("^(峰会|论坛|年会|大会|博览会|大赛|会议|交易会)(?:上|当天|期间|现场|由|举行期间)");
    /** A place whose plaque is unveiled (产业园正式揭牌) is launched at the event; a place merely named is not. */
    private static final Pattern UNVEILED = Pattern.compile("^(?:正式|同时|当天)?揭牌");
    private static final Pattern SIMULTANEOUS = Pattern.compile("同时|同期|当天|会上");
    private static final Set<EntityType> ORGANISATIONS = Set.of(EntityType.INSTITUTION, EntityType.COMMITTEE,
            EntityType.LAB);

    /** What one sentence passes to the next: the event it is about and the last committee named. */
    static final class Context {
        final java.util.function.Function<String, EntityDraft> lookup;
        EntityDraft event;
        EntityDraft committee;
        EntityDraft company;
        EntityDraft lastEvent;
        /** The company whose funding round the article reports: 领投 and 跟投 invest in it. */
        EntityDraft fundee;
        /** Events held within other events (a 揭牌仪式 at a 大会): inner → outer. */
        final java.util.Map<EntityDraft, EntityDraft> heldWithin = new java.util.HashMap<>();

        Context(java.util.function.Function<String, EntityDraft> lookup) {
            this.lookup = lookup;
        }
    }

    void apply(Skeleton sk, Context context, List<Fact> out) {
        apply(sk, context, out, false);
    }

    /**
     * @param chained whether the skeleton has the topic written before subjectless clauses: then only the shapes that
     *                begin with their source are read again, the rest was read on the plain skeleton
     */
    void apply(Skeleton sk, Context context, List<Fact> out, boolean chained) {
        String text = sk.text;
        int at = sk.sentence.start();
        if (sk.slots.isEmpty()) {
            return;
        }
        Matcher round = FUNDING_ROUND.matcher(text);
        if (text.contains("融资") && round.find()) {
            context.fundee = sk.entityAt(round.group("co").charAt(0));
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (String cue : cueWords) {
            if (text.contains(cue)) {
                present.add(cue);
            }
        }
        for (Trigger trigger : chained ? subjectFirst : triggers) {
            // 峰会由A主办 names one body: the event is the one the article named before
            if (sk.slots.size() < 2 && !(trigger.type() == ORGANIZED && namesLastEvent(sk, context)) || !trigger.mayMatch(present)) {
                continue;
            }
            Matcher m = trigger.pattern().matcher(text);
            while (m.find()) {
                List<EntityDraft> sources = sk.entitiesIn(m.group("src"));
                List<EntityDraft> targets;
                if (trigger.type() == INVESTS_IN && trigger.rule().equals("trigger:领投")) {
                    targets = context.fundee != null ? List.of(context.fundee) : List.of();
                } else {
                    String tgt = m.group("tgt");
                    targets = tgt != null ? sk.entitiesIn(tgt) : nearestEvent(sk, context, m.start(), m.end());
                }
                for (EntityDraft s : sources) {
                    for (EntityDraft t : targets) {
                        if (trigger.type() == SETTLED_IN && (t.type == EntityType.LAB || t.type == EntityType.PROJECT)) {
                            // organisations move into it: the article frames this centre as a place
                            t.type = EntityType.PLACE;
                        }
                        out.add(new Fact(s.name, trigger.type(), t.name, at, trigger.confidence(), trigger.rule()));
                        if (trigger.rule().equals("trigger:由…组建") && s != t && jointly.matcher(m.group()).find()) {
                            // 由A和B共同设立: founders who act together are partners, as with a joint lab
                            for (EntityDraft other : sources) {
                                if (other != s) {
                                    out.add(new Fact(s.name, PARTNERS_WITH, other.name, at, 0.7, "trigger:由…共同设立"));
                                }
                            }
                        }
                        if (trigger.rule().equals("trigger:是…成立的") && s.type != null
                                && SUB_COMMITTEE.matcher(text.substring(m.end() - 1)).lookingAt()) {
                            out.add(new Fact(t.name, PART_OF, s.name, at, 0.7, "trigger:是…成立的专委会"));
                        }
                    }
                }
            }
        }
        shareholdings(sk, context, at, out);
        coFounded(sk, at, out);
        if (chained) {
            return;
        }
        registeredSeat(sk, at, out);
        memberships(sk, context, at, out);
        titles(sk, context, at, out);
        appointments(sk, at, out);
        launches(sk, context, at, out);
        bothBuild(sk, at, out);
        heldWithin(sk, context);
        for (Skeleton.Slot slot : sk.slots) {
            if (slot.entity().type == EntityType.EVENT) {
                context.lastEvent = slot.entity();
            }
            if (slot.entity().type == EntityType.COMMITTEE) {
                context.committee = slot.entity();
            }
        }
    }

    /**
     * 同意该行出资…筹建渤银理财有限责任公司（下称“渤银理财”），注册地在天津: a registered seat written without its body
     * before it is the seat of the body the sentence founds, the nearest one named before it (GUIDELINES: a registered
     * seat counts as LANDED_IN for a newly founded body).
     */
    private void registeredSeat(Skeleton sk, int at, List<Fact> out) {
        Matcher m = SEAT.matcher(sk.text);
        while (m.find()) {
            if (m.start() > 0 && sk.entityAt(sk.text.charAt(m.start() - 1)) != null) {
                continue;
            }
            // the body the sentence founds (筹建X), else the sentence's subject, else the nearest body before
            EntityDraft body = null;
            Matcher founded = foundedObject.matcher(sk.text.substring(0, m.start()));
            while (founded.find()) {
                EntityDraft e = sk.entityAt(founded.group("obj").charAt(0));
                body = e != null && ORGANISATIONS.contains(e.type) ? e : body;
            }
            for (int i = 0; i < m.start() && body == null; i++) {
                EntityDraft e = sk.entityAt(sk.text.charAt(i));
                if (e != null && ORGANISATIONS.contains(e.type)) {
                    body = e;
                }
            }
            List<EntityDraft> places = sk.entitiesIn(m.group("places"));
            if (body != null && !places.isEmpty()) {
                out.add(new Fact(body.name, LANDED_IN, places.getLast().name, at, 0.75, "trigger:注册地"));
            }
        }
    }

    /** 本次对接会由A、B主办 names the event before; 本届论坛由A、B主办，X论坛在…举行 names it after. */
    private static List<EntityDraft> nearestEvent(Skeleton sk, Context context, int from, int to) {
        for (int i = from - 1; i >= 0; i--) {
            EntityDraft e = sk.entityAt(sk.text.charAt(i));
            if (e != null && e.type == EntityType.EVENT) {
                return List.of(e);
            }
        }
        for (int i = to; i < sk.text.length(); i++) {
            EntityDraft e = sk.entityAt(sk.text.charAt(i));
            if (e != null && e.type == EntityType.EVENT) {
                return List.of(e);
            }
        }
        // 本届年会由…主办, 峰会由…主办: the event the previous sentence named
        if (context.lastEvent != null && (THIS_EVENT.matcher(sk.text.substring(0, from)).find() || namesLastEvent(sk, context))) {
            return List.of(context.lastEvent);
        }
        return List.of();
    }

    /** 工商银行与清华大学签署战略合作协议，双方将共建X: each partner before 双方 establishes X. */
    private void bothBuild(Skeleton sk, int at, List<Fact> out) {
        Matcher m = bothBuild.matcher(sk.text);
        if (!m.find()) {
            return;
        }
        EntityDraft built = sk.entityAt(m.group("tgt").charAt(0));
        List<EntityDraft> partners = sk.entitiesIn(sk.text.substring(0, m.start())).stream()
                .filter(e -> ORGANISATIONS.contains(e.type) || e.type == EntityType.PLACE).distinct().toList();
        if (partners.size() != 2) {
            return;
        }
        for (EntityDraft p : partners) {
            out.add(new Fact(p.name, ESTABLISHED, built.name, at, 0.75, "trigger:双方共建"));
        }
    }

    private static boolean namesLastEvent(Skeleton sk, Context context) {
        Matcher bare = BARE_EVENT.matcher(sk.text);
        return context.lastEvent != null && bare.find() && context.lastEvent.name.endsWith(bare.group(1));
    }

    /** A与B共建的X, A与B携手成立了X: both found X, and founders who act together are partners. */
    private void coFounded(Skeleton sk, int at, List<Fact> out) {
        Matcher m = coFounded.matcher(sk.text);
        while (m.find()) {
            EntityDraft first = sk.entityAt(m.group("src").charAt(0));
            EntityDraft founded = sk.entityAt(m.group("tgt").charAt(0));
            List<EntityDraft> founders = new java.util.ArrayList<>(List.of(first));
            founders.addAll(sk.entitiesIn(m.group("partners")));
            boolean together = jointly.matcher(m.group()).find();
            for (EntityDraft f : founders) {
                out.add(new Fact(f.name, ESTABLISHED, founded.name, at, 0.8, "trigger:共建"));
                if (together && f != first) {
                    out.add(new Fact(first.name, PARTNERS_WITH, f.name, at, 0.7, "trigger:共同设立"));
                }
            }
        }
    }

    /**
     * 本次大会还举行了“X”揭牌仪式: what is launched at a ceremony held within an event is launched at that event too; the
     * pairs are kept in the context, for {@link RuleBasedExtractor} to carry the launches over.
     */
    private void heldWithin(Skeleton sk, Context context) {
        Matcher m = heldWithin.matcher(sk.text);
        while (m.find()) {
            EntityDraft outer = sk.entityAt(m.group("outer").charAt(0));
            EntityDraft inner = sk.entityAt(m.group("inner").charAt(0));
            if (outer != null && inner != null && outer != inner && outer.type == EntityType.EVENT
                    && inner.type == EntityType.EVENT) {
                context.heldWithin.put(inner, outer);
            }
        }
    }

    /** 股权结构为：A持有31.21%；B、C分别持有20.33%: the holders invest in the company the sentence is about. */
    private static void shareholdings(Skeleton sk, Context context, int at, List<Fact> out) {
        Matcher m = SHAREHOLDING.matcher(sk.text);
        java.util.Set<EntityDraft> allHolders = new java.util.HashSet<>();
        while (m.find()) {
            List<EntityDraft> holders = sk.entitiesIn(m.group("src"));
            allHolders.addAll(holders);
            // 港信期货正式成立，青岛港持股60%: the company named before the holder in the same sentence, else the one
            // the shareholding list is about
            EntityDraft company = null;
            for (int i = 0; i < m.start(); i++) {
                EntityDraft e = sk.entityAt(sk.text.charAt(i));
                if (e != null && e.type == EntityType.INSTITUTION && !allHolders.contains(e)) {
                    company = e;
                }
            }
            if (company == null) {
                company = context.company;
            }
            // A持有B 46%股权，C持有37%股权: the company of an earlier stake in the sentence is the company of the next
            Matcher held = HELD.matcher(sk.text.substring(0, m.start()));
            while (held.find()) {
                EntityDraft e = sk.entityAt(held.group("co").charAt(0));
                if (e != null && e.type == EntityType.INSTITUTION && !holders.contains(e)) {
                    company = e;
                }
            }
            if (company == null) {
                for (Skeleton.Slot slot : sk.slots) {
                    if (slot.entity().type == EntityType.INSTITUTION && !holders.contains(slot.entity())) {
                        company = slot.entity();
                        break;
                    }
                }
            }
            if (company == null) {
                return;
            }
            // the shareholding list often runs over several clauses cut at ；
            context.company = company;
            for (EntityDraft h : holders) {
                out.add(new Fact(h.name, INVESTS_IN, company.name, at, 0.8, "trigger:持有%"));
            }
        }
    }

    /** 会员…包括A、B、C and A、B分别为副主任委员单位: members of the committee named last. */
    private static void memberships(Skeleton sk, Context context, int at, List<Fact> out) {
        for (Pattern p : List.of(MEMBER_LIST, MEMBER_UNITS)) {
            Matcher m = p.matcher(sk.text);
            while (m.find()) {
                EntityDraft committee = null;
                for (Skeleton.Slot slot : sk.slots) {
                    if (slot.entity().type == EntityType.COMMITTEE && !sk.entitiesIn(m.group("src")).contains(slot.entity())) {
                        committee = slot.entity();
                        break;
                    }
                }
                if (committee == null) {
                    committee = context.committee;
                }
                if (committee == null) {
                    continue;
                }
                for (EntityDraft member : sk.entitiesIn(m.group("src"))) {
                    out.add(new Fact(member.name, MEMBER_OF, committee.name, at, 0.8, "trigger:会员"));
                }
            }
        }
    }

    /** 中国工程院院士、中国银联股份有限公司执行副总裁柴洪峰: each organisation before a title run. */
    private void titles(Skeleton sk, Context context, int at, List<Fact> out) {
        String text = sk.text;
        EntityDraft listOrg = null;
        int previousPerson = -1;
        for (int i = 0; i < text.length(); i++) {
            EntityDraft person = sk.entityAt(text.charAt(i));
            if (person == null || person.type != EntityType.PERSON) {
                continue;
            }
            EntityDraft first = null;
            int j = i;
            while (true) {
                int runEnd = j;
                int k = j - 1;
                while (k >= 0 && sk.entityAt(text.charAt(k)) == null && "，。；：,;:\u3000 ".indexOf(text.charAt(k)) < 0
                        && runEnd - k <= 16) {
                    k--;
                }
                String run = text.substring(k + 1, runEnd);
                if (k < 0 || run.isEmpty() || !isTitleRun(run)) {
                    break;
                }
                EntityDraft org = sk.entityAt(text.charAt(k));
                if (org == null || !ORGANISATIONS.contains(org.type)) {
                    break;
                }
                first = org;
                out.add(new Fact(person.name, HOLDS_POSITION, org.name, at, 0.85, "title:" + run));
                EntityDraft government = governmentOf(org, run, context);
                if (government != null) {
                    out.add(new Fact(person.name, HOLDS_POSITION, government.name, at, 0.7, "title:" + run));
                }
                if (k >= 2 && text.charAt(k - 1) == '、') {
                    j = k - 1;
                } else {
                    break;
                }
            }
            if (first == null && i > 0 && titleFollows(text, i + 1)) {
                // 省金融办旷仁山副主任: the body, the name, then the title
                EntityDraft org = sk.entityAt(text.charAt(i - 1));
                if (org != null && ORGANISATIONS.contains(org.type)) {
                    out.add(new Fact(person.name, HOLDS_POSITION, org.name, at, 0.8, "title:after-name"));
                    first = org;
                }
            }
            if (first == null && listOrg != null && continuesTitleList(text, previousPerson, i)) {
                // 深圳大学校长李清泉、副校长徐晨: a title alone after the list's last person is held in the same body
                out.add(new Fact(person.name, HOLDS_POSITION, listOrg.name, at, 0.75, "title:list"));
                first = listOrg;
            }
            listOrg = first;
            previousPerson = i;
        }
    }

    private boolean titleFollows(String text, int from) {
        String rest = text.substring(from);
        for (String prefix : lexicon.titlePrefixes) {
            if (rest.startsWith(prefix)) {
                rest = rest.substring(prefix.length());
                break;
            }
        }
        String after = rest;
        return lexicon.titles.stream().anyMatch(after::startsWith);
    }

    /**
     * {@return whether the words between two people are the next item of a list of titles}: they begin with 、 and
     * end with a title, and name no other body (a unit's words before the title, 人力资源部总经理, are the same body's)
     */
    private boolean continuesTitleList(String text, int previousPerson, int person) {
        if (previousPerson < 0 || person - previousPerson < 2 || text.charAt(previousPerson + 1) != '、') {
            return false;
        }
        String between = text.substring(previousPerson + 2, person);
        if (between.chars().anyMatch(c -> c >= Skeleton.FIRST && c < Skeleton.FIRST + 0x400)
                || between.chars().anyMatch(c -> "，。；：".indexOf(c) >= 0)) {
            return false;
        }
        return lexicon.titles.stream().anyMatch(between::endsWith);
    }

    /** 哈尔滨市委副书记、市长: the mayor's post is in the city's government, where the article names it. */
    private static EntityDraft governmentOf(EntityDraft partyCommittee, String run, Context context) {
        Matcher m = Pattern.compile("^(.+?[市省区县])委$").matcher(partyCommittee.name);
        Matcher head = Pattern.compile("(?:^|、)副?([市省区县])长").matcher(run);
        if (!m.matches() || !head.find() || !m.group(1).endsWith(head.group(1))) {
            return null;
        }
        EntityDraft government = context.lookup.apply(m.group(1) + "人民政府");
        return government != null ? government : context.lookup.apply(m.group(1) + "政府");
    }

    boolean isTitleRun(String run) {
        for (String part : run.split("[、兼及和]")) {
            if (part.isEmpty() || !(PersonRule.isTitle(part, lexicon) || lexicon.titles.stream().anyMatch(part::endsWith)
                    && part.length() <= 8)) {
                return false;
            }
        }
        return true;
    }

    /** 任命A、B为X副司令员、Y副总经理: every appointee holds every post named; 免去 states no post. */
    private void appointments(Skeleton sk, int at, List<Fact> out) {
        Matcher m = APPOINTMENT.matcher(sk.text);
        while (m.find()) {
            List<EntityDraft> people = sk.entitiesIn(m.group("src"));
            String posts = m.group("tgt");
            for (int i = 0; i < posts.length(); i++) {
                EntityDraft org = sk.entityAt(posts.charAt(i));
                if (org == null || !ORGANISATIONS.contains(org.type)) {
                    continue;
                }
                String after = posts.substring(i + 1);
                if (lexicon.titles.stream().anyMatch(after::startsWith) || after.matches("^[^、，\uE000-\uE3FF]{0,6}长.*")) {
                    for (EntityDraft p : people) {
                        if (p.type == EntityType.PERSON) {
                            out.add(new Fact(p.name, HOLDS_POSITION, org.name, at, 0.9, "appointment:" + m.group("verb")));
                        }
                    }
                }
            }
        }
    }

    /** 开港仪式上，…落成 / 开港仪式当天，…成立: what the sentence launches, it launches at the event. */
    private void launches(Skeleton sk, Context context, int at, List<Fact> out) {
        Matcher c = EVENT_CONTEXT.matcher(sk.text);
        EntityDraft event = null;
        if (c.find()) {
            String g = c.group("ev") != null ? c.group("ev") : c.group("ev2");
            EntityDraft e = sk.entityAt(g.charAt(0));
            if (e != null && e.type == EntityType.EVENT) {
                event = e;
                context.event = e;
            }
        }
        Matcher launch = launchVerb.matcher(sk.text);
        int last = -1;
        String verb = null;
        while (launch.find()) {
            last = launch.start();
            verb = launch.group();
        }
        if (last < 0) {
            return;
        }
        if (event == null && namesLastEvent(sk, context)) {
            event = context.lastEvent;
            context.event = event;
        }
        if (event == null) {
            Matcher simultaneous = SIMULTANEOUS.matcher(sk.text);
            if (context.event == null || !simultaneous.find() || simultaneous.start() > last) {
                return;
            }
            event = context.event;
        }
        if (lexicon.triggers.words("PUBLISH").contains(verb)) {
            // 在大会上发布的《指数》, 会上发布了X: what is published is launched, its publisher is not
            Matcher object = PUBLISHED.matcher(sk.text.substring(last + verb.length()));
            EntityDraft e = object.lookingAt() ? sk.entityAt(object.group(1).charAt(0)) : null;
            if (e != null && e != event && e.type != EntityType.INSTITUTION && e.type != EntityType.PERSON
                    && e.type != EntityType.EVENT) {
                out.add(new Fact(e.name, LAUNCHED_AT, event.name, at, 0.75, "event-context:" + verb));
                return;
            }
        }
        for (int i = 0; i < last; i++) {
            EntityDraft e = sk.entityAt(sk.text.charAt(i));
            boolean unveiledPlace = e != null && e.type == EntityType.PLACE
                    && UNVEILED.matcher(sk.text.substring(i + 1)).lookingAt();
            if (e != null && e != event && e.type != EntityType.INSTITUTION && (e.type != EntityType.PLACE || unveiledPlace)
                    && e.type != EntityType.PERSON && e.type != EntityType.EVENT) {
                out.add(new Fact(e.name, LAUNCHED_AT, event.name, at, 0.75, "event-context:" + sk.text.substring(last, last + 2)));
            }
        }
    }
}
