package io.fintechkg.cli;

import io.fintechkg.FintechKgApplication;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for commands that do one job and exit ({@code ingest}, {@code cypher}).
 * Its defaults differ from {@code serve}'s: Bolt on a free port (so that a server on 7687 is no obstacle), no
 * sample loading, quiet logs. Any {@code --name=value} argument overrides them.
 */
final class BatchApplication {

    private BatchApplication() {
    }

    /**
     * {@return the started context, or empty after explaining on {@code err} why it could not start}. The most
     * common reason is a server holding the embedded store: Neo4j locks it, and this never waits for or breaks the
     * lock.
     */
    static Optional<ConfigurableApplicationContext> start(List<String> springArguments, PrintStream err) {
        try {
            return Optional.of(new SpringApplicationBuilder(FintechKgApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("kg.bolt.port=0", "kg.samples.load-on-empty=false", "logging.level.root=WARN",
                            "logging.level.io.fintechkg=WARN", "spring.main.log-startup-info=false",
                            // a failed start is explained below in one paragraph, not in a stack trace
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.context.annotation=OFF",
                            "logging.level.org.springframework.context.support=OFF")
                    .run(springArguments.toArray(String[]::new)));
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                err.println("""
                        The embedded graph store is in use by another process (probably a running `serve`); \
                        Neo4j locks it, so nothing was read or written.
                        Either stop that server, or go through it:
                          - GraphQL mutations ingestArticle / ingestUrl at http://localhost:8080/graphql, or
                          - this command with --spring.neo4j.uri=bolt://localhost:7687 (the server's Bolt address, \
                        printed at its start-up).""");
            } else {
                err.println("Cannot start: " + rootMessage(e));
            }
            return Optional.empty();
        }
    }

    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileLockException") || name.equals("StoreLockException")
                    || name.equals("DatabaseLockedException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
