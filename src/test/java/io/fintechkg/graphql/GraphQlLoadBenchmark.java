package io.fintechkg.graphql;

import io.fintechkg.extract.Evidence;
import io.fintechkg.extract.ExtractedEntity;
import io.fintechkg.extract.ExtractedRelation;
import io.fintechkg.extract.Extraction;
import io.fintechkg.extract.Mention;
import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.parse.ParsedArticle;
import io.fintechkg.parse.TextSpan;
import io.fintechkg.store.GraphReader;
import io.fintechkg.store.GraphWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Load test of three representative queries over HTTP on a generated graph of over 100,000 entities. Not a test:
 * run it on purpose (docs/benchmarks-graphql.md). The graph is written through {@link GraphWriter} into
 * {@code target/bench-graph} once and reused by later runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"kg.data-dir=target/bench-graph", "kg.bolt.port=0", "kg.samples.load-on-empty=false",
        "kg.pagecache-size=512MB", "logging.level.root=WARN"})
class GraphQlLoadBenchmark {

    static final int ARTICLES = Integer.getInteger("bench.articles", 4_400);
    static final int ENTITIES_PER_ARTICLE = 24;
    static final int PLACES = 200;
    static final int HUB_MEMBERS = 50;
    static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 2);
    /**
     * Until the JIT has compiled the server's hot paths, latency falls run after run: on two cores the entity query's
     * p50 went 10 → 7.5 ms over the first 7,500 requests and on to 5.5 ms by 25,000.
     */
    static final int WARMUP = Integer.getInteger("bench.warmup", 20_000);
    /** The warm-up is reported in blocks of this many requests, so its curve shows. */
    static final int WARMUP_BLOCK = 2_500;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphReader reader;

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        long entities = reader.stats().entities();
        if (entities < 100_000) {
            long start = System.nanoTime();
            for (int a = 0; a < ARTICLES; a++) {
                writer.write(article(a));
                if (a % 500 == 0) {
                    System.out.printf("BENCH wrote %d articles in %d s%n", a, (System.nanoTime() - start) / 1_000_000_000);
                }
            }
            System.out.printf("BENCH built %d articles in %d s%n", ARTICLES, (System.nanoTime() - start) / 1_000_000_000);
        }
        var stats = reader.stats();
        System.out.printf("BENCH graph: %d articles, %d entities, %d facts%n", stats.articles(), stats.entities(),
                stats.facts());
        Random random = new Random(42);
        run("entity with 50 relations and evidence", i -> """
                { entity(name: "%s") { name relations(first: 50) { totalCount edges { node { type confidence
                  source { name } target { name } evidence { sentence article { title publishedAt } } } } } } }"""
                .formatted(hubName()));
        run("search", i -> """
                { search(text: "%s", first: 10) { totalCount edges { node { name type } } } }"""
                .formatted("样本机构" + random.nextInt(ARTICLES) + "号"));
        run("path", i -> {
            int from = random.nextInt(ARTICLES);
            int to = (from + PLACES * (1 + random.nextInt(5))) % ARTICLES;
            return """
                    { path(from: "%s", to: "%s", maxHops: 4) { length hops { relation { type evidence { sentence } } } } }"""
                    .formatted(name(from, 0), name(to, 0));
        });
    }

    /**
     * Warms the query up, printing each block's latency, then times it twice: from one client, one request after
     * the other (the latency a user sees), and from {@link #CLIENTS} clients at once (the throughput, with the latency
     * under that load).
     */
    private void run(String label, IntFunction<String> query) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int done = 0; done < WARMUP; done += WARMUP_BLOCK) {
                measure(label + " (warm-up)", query, client, 1, Math.min(WARMUP_BLOCK, WARMUP - done), true);
            }
            measure(label, query, client, 1, REQUESTS, false);
            measure(label, query, client, CLIENTS, REQUESTS, false);
        }
    }

    /** @param warmUp whether failures are tolerated: the first requests on a cold page cache can hit kg.api.timeout */
    private void measure(String label, IntFunction<String> query, HttpClient client, int clients, int requests,
            boolean warmUp) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Long>> timings = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                String body = query.apply(i);
                timings.add(pool.submit(() -> send(client, body)));
            }
            long[] nanos = new long[requests];
            int failed = 0;
            for (int i = 0; i < requests; i++) {
                try {
                    nanos[i] = timings.get(i).get();
                } catch (ExecutionException e) {
                    if (!warmUp || !(e.getCause() instanceof IllegalStateException)) {
                        throw e;
                    }
                    failed++;
                    nanos[i] = Long.MAX_VALUE;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("BENCH %-50s p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %6.0f req/s (%d client%s, %d requests%s)%n",
                    label, nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.99)] / 1e6,
                    nanos[requests - 1 - failed] / 1e6, requests / seconds, clients, clients == 1 ? "" : "s", requests,
                    failed == 0 ? "" : ", " + failed + " failed");
        }
    }

    private long send(HttpClient client, String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(query))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("query failed: " + response.body());
        }
        return took;
    }

    private static String json(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
    }

    static String hubName() {
        return "样本产业联盟";
    }

    static String name(int article, int index) {
        return "样本机构" + article + "号" + (char) ('甲' + index) + "公司";
    }

    /**
     * One generated article: a chain of partner institutions, the first located in one of {@value #PLACES} places
     * (so articles share places and paths exist), and among the first articles one member of the hub alliance.
     */
    static Extraction article(int a) {
        List<ExtractedEntity> entities = new ArrayList<>();
        List<ExtractedRelation> relations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<TextSpan> sentences = new ArrayList<>();
        for (int i = 0; i < ENTITIES_PER_ARTICLE - 1; i++) {
            entities.add(entity(name(a, i), EntityType.INSTITUTION));
        }
        String place = "样本城区" + (a % PLACES);
        entities.add(entity(place, EntityType.PLACE));
        relations.add(fact(name(a, 0), RelationType.LOCATED_IN, place, text, sentences));
        for (int i = 0; i < ENTITIES_PER_ARTICLE - 2; i++) {
            relations.add(fact(name(a, i), RelationType.PARTNERS_WITH, name(a, i + 1), text, sentences));
        }
        if (a < HUB_MEMBERS) {
            entities.add(entity(hubName(), EntityType.COMMITTEE));
            relations.add(fact(name(a, 1), RelationType.MEMBER_OF, hubName(), text, sentences));
        }
        var parsed = new ParsedArticle("bench-" + a + ".txt", "bench", "样本新闻第" + a + "篇",
                Instant.parse("2022-01-01T00:00:00Z").plus(a % 900, ChronoUnit.DAYS), "https://bench.example/" + a,
                "bench", List.of(), text.toString(), List.of(new TextSpan(0, text.length(), text.toString())), sentences,
                List.of(), "hash-" + a);
        return new Extraction(parsed, entities, relations, "bench-1");
    }

    private static ExtractedEntity entity(String name, EntityType type) {
        return new ExtractedEntity(name, type, List.of(), null, List.of(new Mention(0, name.length(), name)));
    }

    private static ExtractedRelation fact(String source, RelationType type, String target, StringBuilder text,
            List<TextSpan> sentences) {
        String sentence = source + "与" + target + "相关（" + type.name() + "）。";
        int start = text.length();
        text.append(sentence);
        sentences.add(new TextSpan(start, text.length(), sentence));
        return new ExtractedRelation(source, type, target, 0.9,
                List.of(new Evidence(sentence, start, text.length(), 0.9, "bench")));
    }
}
