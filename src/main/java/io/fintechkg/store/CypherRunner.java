package io.fintechkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Runs a Cypher file of the cookbook (or any read query) with parameters and renders the result as text. Read-only:
 * the query runs in a read transaction, so a cookbook file cannot change the graph.
 */
public final class CypherRunner {

    private final Driver driver;

    public CypherRunner(Driver driver) {
        this.driver = driver;
    }

    /** {@return the query's result as a table} */
    public QueryTable run(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher, parameters);
                var columns = result.keys();
                var rows = new ArrayList<List<String>>();
                for (Record record : result.list()) {
                    rows.add(record.values().stream().map(CypherRunner::render).toList());
                }
                return new QueryTable(columns, rows);
            });
        }
    }

    /** Entities by name, other nodes by their properties, relationships by type, paths as name chains. */
    static String render(Value value) {
        var types = TypeSystem.getDefault();
        if (value.isNull()) {
            return "";
        }
        if (value.hasType(types.NODE())) {
            return render(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            Relationship relationship = value.asRelationship();
            return ":" + relationship.type();
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            var text = new StringBuilder(render(path.start()));
            for (Path.Segment segment : path) {
                boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
                text.append(forward ? " -[:" : " <-[:").append(segment.relationship().type())
                        .append(forward ? "]-> " : "]- ")
                        .append(render(segment.end()));
            }
            return text.toString();
        }
        if (value.hasType(types.LIST())) {
            return value.asList(CypherRunner::render).stream().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.hasType(types.STRING())) {
            return value.asString();
        }
        return value.toString();
    }

    private static String render(Node node) {
        return node.containsKey("name") ? node.get("name").asString() : node.asMap().toString();
    }
}
