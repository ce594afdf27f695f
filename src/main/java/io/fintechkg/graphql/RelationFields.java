package io.fintechkg.graphql;

import io.fintechkg.store.EvidenceView;
import io.fintechkg.store.FactView;
import io.fintechkg.store.GraphReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The evidence of facts, read for all facts of a response at once. */
@Controller
final class RelationFields {

    private final GraphReader reader;

    RelationFields(GraphReader reader) {
        this.reader = reader;
    }

    @BatchMapping(typeName = "Relation")
    Map<FactView, List<EvidenceView>> evidence(List<FactView> facts) {
        Map<String, List<EvidenceView>> byFact = reader.evidenceOf(facts.stream().map(FactView::id).distinct().toList());
        return facts.stream().distinct().collect(Collectors.toMap(Function.identity(),
                f -> byFact.getOrDefault(f.id(), List.of())));
    }
}
