package io.fintechkg.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Entry point of the jar. Without a subcommand it serves, so that {@code ./mvnw spring-boot:run} starts the server. */
@Command(name = "fintech-kg", mixinStandardHelpOptions = true, version = "fintech-kg 0.1.0",
        description = "Turns Chinese financial news into a Neo4j knowledge graph and serves it over GraphQL.",
        footer = "%nWithout a command: serve. Spring properties pass through: --kg.data-dir=/srv/kg, --server.port=9000.",
        subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class, CypherCommand.class})
public final class Main implements Runnable {

    /** Spring properties given without a command, for {@code serve}. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    public static void main(String[] args) {
        var commandLine = new CommandLine(new Main());
        int exitCode = commandLine.execute(args);
        // a server keeps running on its own threads; every other command is done when execute returns
        if (exitCode != 0 || !ServeCommand.isRunning()) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        ServeCommand.serve(springArguments);
    }
}
