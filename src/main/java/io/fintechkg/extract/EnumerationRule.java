package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of names, the way Chinese news writes them: {@code A、B和C等N家机构}, {@code 包括A、B、C等…企业}, and the
 * partners of {@code 与A、B、C共建}. The head noun after 等 types the items (项目 → Project, 实验室 → Lab,
 * 机构/企业/单位 → Institution) unless an item's own suffix says it is a committee, lab or event.
 */
final class EnumerationRule {

    /** One list: its items and the type its head gives them. */
    record Item(int start, int end, String name) {
    }

    private static final Pattern QUANTITY = Pattern.compile(
            "^(超|近|约)?([0-9一二三四五六七八九十百千两余多]+(余)?[家个户所项批位]|一批|多家|多个|众多|诸多)?");
    private static final Pattern PARTNER_LIST = Pattern.compile("(分别)?(与|同|和)$");
    private static final Pattern COUNTED = Pattern.compile("(?:[0-9]+|[一二两三四五六七八九十百千几数]+)多?(?:家|个|所|名|位|项)");
    private static final Pattern COUNT = Pattern.compile("(?:[0-9]+|[一二两三四五六七八九十]+)(?:家|个|所)");
    private static final String CLAUSE_END = "，。；：,;:！？!?\n";

    private EnumerationRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '等') {
                continue;
            }
            EntityType headType = headAfter(text, i + 1, sentence.lexicon());
            if (headType != null && verbBeforeHead(sentence, sentence.start() + i + 1, text, i + 1)) {
                headType = null;
            }
            if (headType == null) {
                continue;
            }
            int listStart = clauseStart(text, i);
            List<Item> items = items(sentence, sentence.start() + listStart, sentence.start() + i);
            for (Item item : items) {
                out.add(new Candidate(item.start, item.end, item.name, typeOf(item.name, headType, sentence.lexicon()),
                        "enum:" + headWord(text, i + 1, sentence.lexicon()), 3));
            }
        }
        countedLists(sentence, out);
        partnerLists(sentence, out);
    }

    /**
     * {@code 软通动力和安徽公共资源集团两家企业}, {@code 华泰诺安、火眼位置、银河航天3家企业}: a list of two or more names
     * followed straight by a count and a head noun is typed by the head, as after 等.
     */
    private static void countedLists(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        if (text.indexOf('家') < 0 && text.indexOf('个') < 0 && text.indexOf('所') < 0) {
            return;
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            int at = count.start();
            if (at == 0 || !Character.isIdeographic(text.charAt(at - 1)) || "等第有共近约超逾".indexOf(text.charAt(at - 1)) >= 0) {
                continue;
            }
            EntityType headType = headAfter(text, at, sentence.lexicon());
            if (headType == null || verbBeforeHead(sentence, sentence.start() + at, text, at)) {
                continue;
            }
            int listStart = clauseStart(text, at);
            String list = text.substring(listStart, at);
            if (list.indexOf('、') < 0 && !list.contains("和") && !list.contains("及") || list.indexOf('等') >= 0) {
                // one name is no list; a list with 等 is read by its 等
                continue;
            }
            List<Item> items = items(sentence, sentence.start() + listStart, sentence.start() + at);
            if (items.size() < 2) {
                continue;
            }
            for (Item item : items) {
                if (!sentence.lexicon().gazetteer.isPlace(item.name)) {
                    // 设有北京、上海…七家分公司: places that say where the units are, not names of them
                    out.add(new Candidate(item.start, item.end, item.name,
                            typeOf(item.name, headType, sentence.lexicon()), "enum:counted", 3));
                }
            }
        }
    }

    /** {@code 与华为、腾讯云、科大讯飞共建}: the partners are organisations even without a suffix. */
    private static void partnerLists(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '与' && c != '同') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLAUSE_END.indexOf(text.charAt(end)) < 0) {
                if (sentence.lexicon().partnerVerb.matcher(text.substring(end)).find() && end > i + 1) {
                    List<Item> items = items(sentence, sentence.start() + i + 1, sentence.start() + end);
                    if (items.stream().allMatch(it -> it.name.length() <= 12 && isPartner(it.name, sentence.lexicon()))) {
                        for (Item item : items) {
                            out.add(new Candidate(item.start, item.end, item.name,
                                    typeOf(item.name, EntityType.INSTITUTION, sentence.lexicon()), "enum:partner", 3));
                        }
                    }
                    break;
                }
                if ((text.charAt(end) == '在' || text.charAt(end) == '将') && end > i + 1) {
                    // 与蚂蚁金服在北京举行…战略合作协议签约仪式: the partner ends where the place or time begins
                    List<Item> items = items(sentence, sentence.start() + i + 1, sentence.start() + end);
                    boolean cooperates = text.charAt(end) == '将'
                            ? sentence.lexicon().partnerVerb.matcher(text.substring(end + 1)).find()
                            : sentence.lexicon().cooperation.matcher(text.substring(end)).find();
                    if (cooperates && items.stream().allMatch(it -> isPartner(it.name, sentence.lexicon()))) {
                        for (Item item : items) {
                            out.add(new Candidate(item.start, item.end, item.name,
                                    typeOf(item.name, EntityType.INSTITUTION, sentence.lexicon()), "enum:partner", 3));
                        }
                    }
                    break;
                }
                end++;
            }
        }
    }

    /** Partners are organisations: 腾讯云联合创新实验室 after 与 is the lab, not a partner. */
    private static boolean isPartner(String name, Lexicon lexicon) {
        if (name.indexOf('的') >= 0 || COUNTED.matcher(name).lookingAt()) {
            // 与30多个国家和地区的创新合作: a count of a kind and a phrase with 的 are no partners named
            return false;
        }
        NameSuffix suffix = lexicon.suffixes.of(name);
        return suffix == null || suffix.type() == EntityType.INSTITUTION || suffix.type() == EntityType.COMMITTEE;
    }

    /** {@return the type the head noun after 等 gives, or {@code null} when no list head follows} */
    private static EntityType headAfter(String text, int from, Lexicon lexicon) {
        String rest = text.substring(from, Math.min(text.length(), from + 18));
        int cut = 0;
        while (cut < rest.length() && CLAUSE_END.indexOf(rest.charAt(cut)) < 0 && rest.charAt(cut) != '、') {
            cut++;
        }
        rest = rest.substring(0, cut);
        Matcher q = QUANTITY.matcher(rest);
        String noun = q.find() ? rest.substring(q.end()) : rest;
        int best = Integer.MAX_VALUE;
        EntityType type = null;
        for (Map.Entry<String, EntityType> head : lexicon.listHeads.entrySet()) {
            int at = noun.indexOf(head.getKey());
            if (at >= 0 && at <= 12 && (at < best || at == best && type != null)) {
                if (at < best) {
                    best = at;
                    type = head.getValue();
                }
            }
        }
        return type;
    }

    /** 等制约稀土企业…: a verb between 等 and the head noun means the noun heads another phrase. */
    private static boolean verbBeforeHead(Sentence sentence, int from, String text, int local) {
        String head = headWord(text, local, sentence.lexicon());
        int at = text.indexOf(head, local);
        if (head.isEmpty() || at < 0) {
            return false;
        }
        return sentence.tokensIn(from, sentence.start() + at).stream().anyMatch(t -> t.pos().startsWith("v")
                && t.word().length() >= 2 && !t.word().equals("相关") && !t.word().equals("有关"));
    }

    private static String headWord(String text, int from, Lexicon lexicon) {
        String rest = text.substring(from, Math.min(text.length(), from + 18));
        String found = "";
        int best = Integer.MAX_VALUE;
        for (String head : lexicon.listHeads.keySet()) {
            int at = rest.indexOf(head);
            if (at >= 0 && at < best) {
                best = at;
                found = head;
            }
        }
        return found;
    }

    private static int clauseStart(String text, int from) {
        for (int j = from - 1; j >= 0; j--) {
            if (CLAUSE_END.indexOf(text.charAt(j)) >= 0) {
                return j + 1;
            }
        }
        return 0;
    }

    /** {@return the items of the list between two offsets, split at 、 and a final 和/及} */
    static List<Item> items(Sentence sentence, int from, int to) {
        List<int[]> segments = new ArrayList<>();
        int segStart = from;
        int depth = 0;
        for (int p = from; p < to; p++) {
            char c = sentence.charAt(p);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            } else if ((c == '、' || c == '，' || c == ',') && depth == 0) {
                segments.add(new int[] {segStart, p});
                segStart = p + 1;
            }
        }
        segments.add(new int[] {segStart, to});
        for (int k = segments.size() - 2; k >= 0; k--) {
            // 加快A、B建设及宋庄、台湖等特色小镇建设: a conjunction inside an earlier item joins two lists, and the
            // list the head types begins after it
            int conj = finalConjunction(sentence, segments.get(k)[0], segments.get(k)[1]);
            if (conj > 0) {
                segments = new ArrayList<>(segments.subList(k, segments.size()));
                segments.getFirst()[0] = conj + 1;
                break;
            }
        }
        if (segments.size() == 1 && !hasFinalConjunction(sentence, segStart, to)) {
            // one name before 等N个项目: the list head still types it
            return single(sentence, from, to);
        }
        int[] last = segments.removeLast();
        int conj = finalConjunction(sentence, last[0], last[1]);
        if (conj > 0) {
            segments.add(new int[] {last[0], conj});
            segments.add(new int[] {conj + 1, last[1]});
        } else {
            segments.add(last);
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            int s = segments.get(k)[0];
            int e = segments.get(k)[1];
            if (k == 0) {
                s = NameBoundary.leftOf(sentence, e, e, false, false).start();
            }
            Item item = item(sentence, s, e);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<Item> single(Sentence sentence, int from, int to) {
        int s = NameBoundary.leftOf(sentence, to, to, false, false).start();
        Item item = item(sentence, Math.max(s, from), to);
        return item == null ? List.of() : List.of(item);
    }

    private static Item item(Sentence sentence, int s, int e) {
        Lexicon lexicon = sentence.lexicon();
        while (s < e && Character.isWhitespace(sentence.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(sentence.charAt(e - 1))) {
            e--;
        }
        String name = sentence.text(s, e);
        if (name.length() < 2 || name.length() > 40 || name.indexOf(ApparatusMask.MASK) >= 0) {
            return null;
        }
        for (Token t : sentence.tokensIn(s, e)) {
            // list items are names; only words that never sit inside one (在, 包括, 参加 …) disqualify an item
            if (t.word().length() >= 2 && lexicon.boundaryWords.contains(t.word())
                    || t.isPunctuation() && !"（）()·".contains(t.word())) {
                return null;
            }
        }
        if (OrganisationNameRule.isGeneric(name, sentence.tokensIn(s, e), sentence.lexicon())) {
            return null;
        }
        boolean nameLike = lexicon.suffixes.of(name) != null || sentence.tokensIn(s, e).stream().anyMatch(t ->
                t.isOrganisationLike() || t.isPlaceName() || t.isPersonName() || t.pos().equals("nx"));
        boolean clause = sentence.tokensIn(s, e).stream().skip(1)
                .anyMatch(t -> t.isVerb() && t.word().length() >= 2 && !NameBoundary.isNameVerb(t.word(), sentence.lexicon()));
        if (name.length() > 6 && (!nameLike || clause && lexicon.suffixes.of(name) == null)) {
            // 稀土深加工发展严重滞后 is a clause, not a name
            return null;
        }
        return new Item(s, e, name);
    }

    private static boolean hasFinalConjunction(Sentence sentence, int from, int to) {
        return finalConjunction(sentence, from, to) > 0;
    }

    private static int finalConjunction(Sentence sentence, int from, int to) {
        for (Token t : sentence.tokensIn(from, to)) {
            if ((t.word().equals("和") || t.word().equals("及") || t.word().equals("与")) && t.start() > from
                    && t.end() < to) {
                return t.start();
            }
        }
        return -1;
    }

    /**
     * {@return the item's own type where its suffix is stronger than the list head}: a 联盟 among 机构 is a committee,
     * but everything listed as 项目 or 实验室 is what the list says
     */
    private static EntityType typeOf(String name, EntityType headType, Lexicon lexicon) {
        NameSuffix suffix = lexicon.suffixes.of(name);
        if (suffix == null || headType == EntityType.PROJECT || headType == EntityType.LAB) {
            return headType;
        }
        return switch (suffix.type()) {
            case COMMITTEE, LAB, EVENT -> suffix.type();
            default -> headType;
        };
    }
}
