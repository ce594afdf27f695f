package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Words that refer back to a body the article has just named (该行, 该园区, 公司, see {@code anaphora.tsv}) stand in
 * for that body when relations are read: 同意该行出资…筹建渤银理财 is said of the bank named before. The referent is
 * the nearest body of the word's kind named before it in the article.
 */
final class Anaphora {

    private static final String CLAUSE_STARTS = "，。；：、！？“”\u3000 ";

    private Anaphora() {
    }

    /**
     * {@return slots for the referring words of a sentence}, resolved against the slots read so far
     *
     * @param earlier the slots of the article up to this sentence, in text order
     * @param own     this sentence's slots
     */
    static List<Skeleton.Slot> resolve(Sentence sentence, List<Skeleton.Slot> earlier, List<Skeleton.Slot> own) {
        Lexicon lexicon = sentence.lexicon();
        String text = sentence.text();
        List<Skeleton.Slot> found = new ArrayList<>();
        for (Lexicon.Anaphor anaphor : lexicon.anaphora) {
            for (int at = text.indexOf(anaphor.form()); at >= 0; at = text.indexOf(anaphor.form(), at + 1)) {
                int start = sentence.start() + at;
                int end = start + anaphor.form().length();
                boolean taken = own.stream().anyMatch(s -> s.start() < end && start < s.end())
                        || found.stream().anyMatch(s -> s.start() < end && start < s.end());
                boolean atClauseStart = at == 0 || CLAUSE_STARTS.indexOf(text.charAt(at - 1)) >= 0;
                if (taken || anaphor.clauseStart() && !atClauseStart || !standsAlone(sentence, start, end)) {
                    continue;
                }
                EntityDraft referent = referent(anaphor, start, earlier, own);
                if (referent != null) {
                    found.add(new Skeleton.Slot(start, end, referent));
                }
            }
        }
        return found;
    }

    /** The word must be a word of its own (园区 in 园区道路 is a modifier, 公司 in 公司债 another word). */
    private static boolean standsAlone(Sentence sentence, int start, int end) {
        int k = sentence.tokenAt(end - 1);
        return k >= 0 && sentence.tokens().get(k).end() == end;
    }

    /** The nearest body of the word's kind; one whose name ends with the word's noun (该联盟 → …联盟) first. */
    private static EntityDraft referent(Lexicon.Anaphor anaphor, int before, List<Skeleton.Slot> earlier,
            List<Skeleton.Slot> own) {
        String noun = anaphor.form().replaceFirst("^[该本]", "");
        boolean pointed = !noun.equals(anaphor.form());
        EntityDraft byNoun = null;
        EntityDraft byKind = null;
        java.util.Map<EntityDraft, Integer> mentions = new java.util.HashMap<>();
        for (List<Skeleton.Slot> slots : List.of(earlier, own)) {
            for (Skeleton.Slot slot : slots) {
                if (slot.end() <= before && slot.start() != slot.end() && fits(anaphor.kind(), slot.entity())) {
                    byKind = slot.entity();
                    mentions.merge(slot.entity(), 1, Integer::sum);
                    if (noun.length() >= 2 && slot.entity().name.endsWith(noun)) {
                        byNoun = slot.entity();
                    }
                }
            }
        }
        if (!pointed && !mentions.isEmpty()) {
            // a bare 公司 or 园区 is the one the report is about: the body of that kind it names most
            int most = java.util.Collections.max(mentions.values());
            EntityDraft nearest = byKind;
            return mentions.get(nearest) == most ? nearest
                    : mentions.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
        }
        return byNoun != null ? byNoun : byKind;
    }

    private static boolean fits(String kind, EntityDraft d) {
        String name = d.name;
        return switch (kind) {
            case "bank" -> d.type == EntityType.INSTITUTION && (name.endsWith("银行") || name.endsWith("行")
                    || name.contains("银行"));
            case "company" -> d.type == EntityType.INSTITUTION && !GOVERNMENT.matcher(name).find();
            case "institution" -> d.type == EntityType.INSTITUTION;
            case "park" -> d.type == EntityType.PLACE && !ADMINISTRATIVE.matcher(name).find();
            case "centre" -> name.endsWith("中心");
            case "fund" -> name.endsWith("基金");
            case "platform" -> name.endsWith("平台");
            case "project" -> d.type == EntityType.PROJECT;
            case "lab" -> d.type == EntityType.LAB;
            case "committee" -> d.type == EntityType.COMMITTEE;
            case "university" -> name.endsWith("大学") || name.endsWith("学院");
            case "event" -> d.type == EntityType.EVENT;
            default -> throw new IllegalArgumentException("anaphora.tsv: unknown kind " + kind);
        };
    }

    /** Bodies of government are no company (公司 never refers back to 财政部). */
    private static final java.util.regex.Pattern GOVERNMENT = java.util.regex.Pattern.compile(
            "(局|委|部|厅|署|办|院|政府|委员会|大学|学院|协会|联合会|银行)$");
    /** A park or zone, not a province, city or county (该区 after 上海市 still means the zone). */
    private static final java.util.regex.Pattern ADMINISTRATIVE = java.util.regex.Pattern.compile(
            "(省|市|县|自治区|特别行政区)$|^[\\p{IsHan}]{2,3}$");
}
