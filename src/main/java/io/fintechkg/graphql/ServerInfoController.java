package io.fintechkg.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the explorer where the same graph can be queried directly: its Bolt address and the GraphQL path.
 * The address is the one the driver uses (the embedded database's, or {@code spring.neo4j.uri}) unless
 * {@code kg.bolt.advertised-uri} names the one clients should use, e.g. behind a proxy.
 */
@RestController
final class ServerInfoController {

    /** What {@code GET /api/info} answers. */
    record ServerInfo(String boltUri, String graphqlPath) {
    }

    private final ServerInfo info;

    ServerInfoController(Neo4jConnectionDetails neo4j, @Value("${kg.bolt.advertised-uri:}") String advertisedBoltUri,
            @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        String boltUri = advertisedBoltUri.isBlank() ? neo4j.getUri().toString() : advertisedBoltUri;
        this.info = new ServerInfo(boltUri, graphqlPath);
    }

    @GetMapping("/api/info")
    ServerInfo info() {
        return info;
    }
}
