package io.fintechkg.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the explorer where the same graph can be queried directly: its Bolt address and the GraphQL path. */
@RestController
final class ServerInfoController {

    /** What {@code GET /api/info} answers. */
    record ServerInfo(String boltUri, String graphqlPath) {
    }

    private final ServerInfo info;

    ServerInfoController(@Value("${kg.bolt.advertised-uri:bolt://localhost:7687}") String boltUri,
            @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        this.info = new ServerInfo(boltUri, graphqlPath);
    }

    @GetMapping("/api/info")
    ServerInfo info() {
        return info;
    }
}
