package io.fintechkg.cli;

import io.fintechkg.extract.ExtractedEntity;
import io.fintechkg.extract.ExtractedRelation;
import io.fintechkg.extract.Extraction;
import io.fintechkg.extract.Extractor;
import io.fintechkg.extract.RuleBasedExtractor;
import io.fintechkg.ingest.Document;
import io.fintechkg.ingest.DocumentSources;
import io.fintechkg.ingest.Input;
import io.fintechkg.ingest.Unreadable;
import io.fintechkg.parse.ArticleParser;
import io.fintechkg.parse.NewsArticleParser;
import io.fintechkg.parse.ParseException;
import io.fintechkg.parse.ParsedArticle;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract}: parses articles and prints what the extractor reads in them, without a database or a Spring
 * context. A file that cannot be read or parsed is reported on standard error and the others are still processed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and relations from articles and prints them.",
            "JSON Lines (one object per article): {\"article\", \"title\", \"publishedAt\", \"entities\": [{\"name\", "
                    + "\"type\", \"aliases\", \"ticker\"?, \"mentions\": [{\"start\", \"end\"}]}], \"relations\": "
                    + "[{\"source\", \"type\", \"target\", \"confidence\", \"evidence\": [{\"sentence\", \"start\", "
                    + "\"end\", \"rule\"}]}]}. Offsets are character offsets in the article's clean text.",
            "Exit status: 0 when every input was extracted, 1 when any failed."})
public final class ExtractCommand implements Callable<Integer> {

    /** How the extraction of each article is printed. */
    public enum Format {
        json, text
    }

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text (readable summary); default ${DEFAULT-VALUE}")
    private Format format;

    @Option(names = "--tables", paramLabel = "DIR", description = "a folder whose <table>.tsv files replace the bundled extraction tables of those names")
    private java.nio.file.Path tables;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders (read recursively), URLs or - for standard input")
    private List<String> paths;

    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ArticleParser parser = new NewsArticleParser();
        Extractor extractor = tables == null ? new RuleBasedExtractor()
                : new RuleBasedExtractor(io.fintechkg.extract.ExtractionTables.withReplacements(tables));
        JsonMapper json = JsonMapper.builder().build();
        int failed = 0;
        try (Stream<Input> inputs = new DocumentSources().open(paths)) {
            for (Input input : (Iterable<Input>) inputs::iterator) {
                switch (input) {
                    case Unreadable u -> {
                        err.println(u.message());
                        failed++;
                    }
                    case Document d -> {
                        try {
                            ParsedArticle article = parser.parse(d);
                            Extraction extraction = extractor.extract(article);
                            out.println(format == Format.json ? json.writeValueAsString(toJson(extraction))
                                    : toText(extraction));
                        } catch (ParseException e) {
                            err.println(e.getMessage());
                            failed++;
                        } catch (RuntimeException e) {
                            err.println(d.name() + ": extraction failed: " + e);
                            failed++;
                        }
                    }
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static Map<String, Object> toJson(Extraction x) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("article", x.article().name());
        o.put("title", x.article().title());
        o.put("publishedAt", x.article().publishedAt() == null ? null : x.article().publishedAt().toString());
        o.put("extractorVersion", x.extractorVersion());
        o.put("entities", x.entities().stream().map(ExtractCommand::entityJson).toList());
        o.put("relations", x.relations().stream().map(ExtractCommand::relationJson).toList());
        return o;
    }

    private static Map<String, Object> entityJson(ExtractedEntity e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", e.name());
        o.put("type", e.type().label());
        o.put("aliases", e.aliases());
        if (e.ticker() != null) {
            o.put("ticker", e.ticker());
        }
        o.put("mentions", e.mentions().stream().map(m -> Map.of("start", m.start(), "end", m.end())).toList());
        return o;
    }

    private static Map<String, Object> relationJson(ExtractedRelation r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("source", r.source());
        o.put("type", r.type().name());
        o.put("target", r.target());
        o.put("confidence", r.confidence());
        o.put("evidence", r.evidence().stream().map(e -> {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("sentence", e.sentence());
            ev.put("start", e.start());
            ev.put("end", e.end());
            ev.put("rule", e.rule());
            return ev;
        }).toList());
        return o;
    }

    static String toText(Extraction x) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(x.article().name()).append("  ").append(x.article().title() == null ? "" : x.article().title())
                .append('\n');
        b.append("entities (").append(x.entities().size()).append("):\n");
        for (ExtractedEntity e : x.entities()) {
            b.append("  ").append(e.type().label()).append("  ").append(e.name());
            if (!e.aliases().isEmpty()) {
                b.append("  aka ").append(String.join(", ", e.aliases()));
            }
            if (e.ticker() != null) {
                b.append("  [").append(e.ticker()).append(']');
            }
            b.append("  ×").append(e.mentions().size()).append('\n');
        }
        b.append("relations (").append(x.relations().size()).append("):\n");
        for (ExtractedRelation r : x.relations()) {
            b.append("  ").append(r.source()).append(" -").append(r.type()).append("-> ").append(r.target())
                    .append(String.format("  (%.2f, %s)", r.confidence(), r.evidence().getFirst().rule())).append('\n');
        }
        return b.toString();
    }
}
