package io.fintechkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with every entity mention replaced by one private-use character, so that relation triggers can be
 * written as plain regular expressions over the words between names: {@code E在P举行}.
 */
final class Skeleton {

    /** One mention in the sentence: its span, the entity it names and the form written there. */
    record Slot(int start, int end, EntityDraft entity) {
    }

    static final char FIRST = '\uE000';
    /** A regular-expression class matching any slot character. */
    static final String M = "[\uE000-\uE3FF]";

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "[（(][^（）()]{0,8}(简称|下称)[^（）()]{0,16}[）)]");

    final Sentence sentence;
    final String text;
    final List<Slot> slots;

    Skeleton(Sentence sentence, List<Slot> slotsInOrder) {
        this.sentence = sentence;
        this.slots = new ArrayList<>(slotsInOrder);
        StringBuilder b = new StringBuilder();
        int at = sentence.start();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            b.append(sentence.text(at, slot.start()));
            b.append((char) (FIRST + i));
            at = slot.end();
        }
        b.append(sentence.text(at, sentence.end()));
        // X（以下简称“Y”）印发…: the parenthetical stands between a name and its predicate
        this.text = ABBREVIATION.matcher(b).replaceAll("");
    }

    /** {@return the entity behind a slot character, or {@code null} for an ordinary character} */
    EntityDraft entityAt(char c) {
        int i = c - FIRST;
        return i >= 0 && i < slots.size() ? slots.get(i).entity() : null;
    }

    /** {@return the entities of all slot characters in a piece of the skeleton, in order} */
    List<EntityDraft> entitiesIn(String piece) {
        List<EntityDraft> found = new ArrayList<>();
        for (char c : piece.toCharArray()) {
            EntityDraft e = entityAt(c);
            if (e != null) {
                found.add(e);
            }
        }
        return found;
    }
}
