package io.fintechkg;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to point a browser and where to point cypher-shell or Neo4j Browser. */
@Component
final class StartupReport implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Neo4jConnectionDetails neo4j;

    StartupReport(Neo4jConnectionDetails neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        URI bolt = neo4j.getUri();
        log.info("GraphQL: http://localhost:{}/graphql  (GraphiQL: http://localhost:{}/graphiql)", port, port);
        log.info("Bolt:    {}  (cypher-shell -a {}, or Neo4j Browser: connect URL {})", bolt, bolt, bolt);
    }
}
