package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chinese carries a sentence's subject on through clauses that have none of their own (a topic chain):
 * 浙商银行公告称，拟出资20亿元全资设立浙银理财 — the bank plans, invests and founds; 紫金矿业通过增资扩股等方式，出资…，持有
 * 天风期货44.05%股权 — the miner holds the stake. A clause that opens with a predicate (a verb, an adverb, a
 * preposition: {@code predicate-openers.tsv}) and names no body before its verb gets the topic before it, as a slot
 * of no width, so that the relation shapes read it as written out.
 */
final class TopicChain {

    private static final Set<EntityType> ACTORS = Set.of(EntityType.INSTITUTION, EntityType.COMMITTEE, EntityType.LAB,
            EntityType.PLACE);

    private TopicChain() {
    }

    /** {@return slots of no width at the start of each subjectless clause, naming the topic carried into it} */
    static List<Skeleton.Slot> subjects(Sentence sentence, List<Skeleton.Slot> slots) {
        List<Skeleton.Slot> added = new ArrayList<>();
        EntityDraft topic = null;
        int clauseStart = sentence.start();
        String text = sentence.text();
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '，' || text.charAt(i) == '；';
            if (!end) {
                continue;
            }
            int clauseEnd = sentence.start() + i;
            if (clauseEnd > clauseStart) {
                int from = clauseStart;
                int verb = firstVerb(sentence, clauseStart, clauseEnd);
                Skeleton.Slot first = slots.stream()
                        .filter(s -> s.start() >= from && s.start() < verb && s.start() != s.end())
                        .findFirst().orElse(null);
                // the subject opens its clause: only times and adverbs before it; a name after a preposition, a
                // conjunction or a verb (在2003年与中国科学院携手…, 是中国金融期货交易所的会员) is none
                Skeleton.Slot subject = first != null && sentence.tokensIn(from, first.start()).stream()
                        .allMatch(TopicChain::beforeSubject) ? first : null;
                if (subject != null) {
                    // 深圳市金融局局长何杰表示，将推动…: the body names the person's post; the person speaks, not the body
                    boolean titled = slots.stream().anyMatch(s -> s.start() > subject.start() && s.start() < clauseEnd
                            && s.entity().type == EntityType.PERSON);
                    topic = ACTORS.contains(subject.entity().type) && !titled ? subject.entity() : null;
                } else if (subject == null && topic != null && opensWithPredicate(sentence, clauseStart, clauseEnd)) {
                    added.add(new Skeleton.Slot(clauseStart, clauseStart, topic));
                }
            }
            clauseStart = clauseEnd + 1;
        }
        return added;
    }

    private static boolean beforeSubject(Token t) {
        String pos = t.pos();
        return pos.equals("t") || pos.startsWith("m") || pos.startsWith("q") || pos.equals("d") || pos.equals("ad")
                || pos.equals("f") || pos.startsWith("w") || t.word().isBlank() || pos.equals("b");
    }

    private static int firstVerb(Sentence sentence, int from, int to) {
        for (Token t : sentence.tokensIn(from, to)) {
            if (t.isVerb() && t.word().length() > 1 || t.pos().equals("p") && t.start() > from) {
                return t.start();
            }
        }
        return to;
    }

    private static boolean opensWithPredicate(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokensIn(from, to);
        if (tokens.isEmpty()) {
            return false;
        }
        Token first = tokens.getFirst();
        return first.isVerb() || sentence.lexicon().predicateOpeners.contains(first.word())
                || first.pos().equals("d") || first.pos().equals("ad");
    }
}
