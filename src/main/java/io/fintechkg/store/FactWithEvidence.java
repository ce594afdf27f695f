package io.fintechkg.store;

import java.util.List;

/** A fact read together with its evidence, strongest first. */
public record FactWithEvidence(FactView fact, List<EvidenceView> evidence) {

    public FactWithEvidence {
        evidence = List.copyOf(evidence);
    }
}
