package io.fintechkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar. Without a subcommand it serves, so that {@code ./mvnw spring-boot:run} starts the server. */
@Command(name = "fintech-kg", mixinStandardHelpOptions = true, version = "fintech-kg 0.1.0",
        description = "Turns Chinese financial news into a Neo4j knowledge graph and serves it over GraphQL.",
        subcommands = {ExtractCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
