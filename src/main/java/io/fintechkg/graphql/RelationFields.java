package io.fintechkg.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.fintechkg.store.EvidenceView;
import io.fintechkg.store.FactView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The evidence of facts: as the query that found the facts read it with them ({@link EntityFields#relations}), or
 * else read for all facts of a response at once.
 */
@Controller
final class RelationFields {

    @SchemaMapping(typeName = "Relation")
    CompletableFuture<List<EvidenceView>> evidence(FactView fact, DataFetchingEnvironment environment) {
        if (fact.evidence() != null) {
            return CompletableFuture.completedFuture(fact.evidence());
        }
        return environment.<String, List<EvidenceView>>getDataLoader(PagedLoaders.EVIDENCE).load(fact.id());
    }
}
