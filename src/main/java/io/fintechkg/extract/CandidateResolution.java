package io.fintechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses among overlapping candidates: the stronger rule wins, then the longer name, then the earlier one. */
final class CandidateResolution {

    private CandidateResolution() {
    }

    static List<Candidate> resolve(List<Candidate> found) {
        List<Candidate> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ordered) {
            if (kept.stream().noneMatch(k -> k.overlaps(c))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
