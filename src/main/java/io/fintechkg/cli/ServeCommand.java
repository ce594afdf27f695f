package io.fintechkg.cli;

import io.fintechkg.FintechKgApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code serve}: the web application, GraphQL and the explorer, on the embedded or a configured Neo4j. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the GraphQL server and the explorer (the default command).",
        footer = {"%nSpring properties pass through, e.g.:",
            "  --server.port=8080            HTTP port",
            "  --kg.data-dir=./data          where the embedded Neo4j keeps its files",
            "  --kg.bolt.port=7687           Bolt port of the embedded Neo4j (127.0.0.1 only)",
            "  --kg.samples.load-on-empty=true  ingest the bundled samples into an empty graph",
            "  --spring.neo4j.uri=bolt://host:7687 --spring.neo4j.authentication.username=neo4j",
            "  --spring.neo4j.authentication.password=secret   use that server; no embedded Neo4j"})
final class ServeCommand implements Runnable {

    private static volatile boolean running;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public void run() {
        serve(springArguments);
    }

    static void serve(List<String> springArguments) {
        SpringApplication.run(FintechKgApplication.class, springArguments.toArray(String[]::new));
        running = true;
    }

    /** {@return whether a server was started in this JVM, which then must not exit when the command returns} */
    static boolean isRunning() {
        return running;
    }
}
