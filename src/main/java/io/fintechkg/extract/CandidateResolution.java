package io.fintechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses among overlapping candidates: the stronger rule wins, then the longer name, then the earlier one. */
final class CandidateResolution {

    private static final String NO_NAME_START = "的之和与及或";

    private CandidateResolution() {
    }

    static List<Candidate> resolve(List<Candidate> found) {
        // no name begins with a particle or conjunction (的城市, 和华为): a rule read past the word that ends a name
        List<Candidate> ordered = new ArrayList<>(found.stream()
                .filter(c -> c.name().isEmpty() || NO_NAME_START.indexOf(c.name().charAt(0)) < 0).toList());
        ordered.sort(Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::start));
        // the kept names by start: they never overlap, so the one starting last before a candidate's end is the only one
        // that can overlap it (a long article has thousands of candidates: no pairwise test)
        java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();
        for (Candidate c : ordered) {
            var before = kept.lowerEntry(c.end());
            if (before == null || before.getValue().end() <= c.start()) {
                kept.put(c.start(), c);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
