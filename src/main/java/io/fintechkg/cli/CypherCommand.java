package io.fintechkg.cli;

import io.fintechkg.store.CookbookQuery;
import io.fintechkg.store.CypherRunner;
import io.fintechkg.store.QueryTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code cypher FILE}: runs a read query (one of the cookbook's, or any file) on the graph and prints a table. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Runs a Cypher file (read-only) and prints the result as a table.",
        footer = {"%nFILE is a path, or the name of a cookbook query in cypher/queries of the jar, e.g.",
            "  cypher members-of-a-committee --param name=移动金融专业委员会",
            "Spring properties pass through (--kg.data-dir=..., --spring.neo4j.uri=...)."})
final class CypherCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a .cypher file, or a cookbook query name")
    String file;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "a query parameter (overrides the file's // @param default); whole numbers are integers, the rest text")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CookbookQuery query = read(file);
        if (query == null) {
            err.println(file + ": no such file, and no cookbook query of that name. Cookbook: "
                    + String.join(", ", CookbookQuery.bundledNames()));
            return 2;
        }
        var context = BatchApplication.start(springArguments, System.err);
        if (context.isEmpty()) {
            return 3;
        }
        try (var running = context.get()) {
            QueryTable table = running.getBean(CypherRunner.class).run(query.cypher(), query.parameters(parameters));
            TableFormat.print(table, out);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
    }

    private static CookbookQuery read(String file) throws IOException {
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
            return CookbookQuery.parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
        return CookbookQuery.bundled(file).orElse(null);
    }
}
