package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.store.GraphReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The GraphQL endpoint over HTTP, on an embedded graph of its own holding the sample articles. Its own, because
 * it sets a write token and a CORS origin, and because the samples it ingests must not turn another test's
 * first ingest of them into "unchanged".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlEndpointIT {

    static final String WRITE_TOKEN = "integration-test-token";
    static final String CORS_ORIGIN = "https://explorer.example.org";

    @DynamicPropertySource
    static void graphWithWriteTokenAndCors(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("fintech-kg-graphql-it");
        registry.add("kg.data-dir", dataDir::toString);
        registry.add("kg.bolt.port", () -> "0");
        registry.add("kg.samples.load-on-empty", () -> "false");
        registry.add("kg.pagecache-size", () -> "64MB");
        registry.add("kg.api.write-token", () -> WRITE_TOKEN);
        registry.add("kg.api.cors-origins", () -> CORS_ORIGIN);
        // the first run of each query plans it cold, on a box shared with other builds: 5s is for production
        registry.add("kg.api.timeout", () -> "30s");
    }

    private static boolean samplesIngested;

    /** Generous: the first article warms the extractor's dictionaries up, on a box shared with other builds. */
    private HttpGraphQlTester graphQl;
    private HttpGraphQlTester writer;

    @Autowired
    GraphReader reader;

    @Autowired
    GraphQlSource graphQlSource;

    /** The samples go in through the ingest mutation, i.e. the real pipeline, as a client would send them. */
    @BeforeEach
    void ingestSamples(@LocalServerPort int port) throws IOException {
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(60)).build());
        writer = graphQl.mutate().header("Authorization", "Bearer " + WRITE_TOKEN).build();
        if (samplesIngested) {
            return;
        }
        for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath:samples/*")) {
            writer.documentName("ingestArticle")
                    .variable("content", sample.getContentAsString(StandardCharsets.UTF_8))
                    .variable("fileName", sample.getFilename()).execute()
                    .path("ingestArticle.status").entity(String.class).satisfies(status ->
                            assertThat(status).as(sample.getFilename()).isEqualTo("NEW"));
        }
        samplesIngested = true;
    }

    @Test
    void refusesWritesWithoutTheWriteToken() {
        graphQl.documentName("ingestArticle").variable("content", "---\ntitle: x\n---\n正文。").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains("write refused", "Bearer");
                    assertThat(e.getPath()).isEqualTo("ingestArticle");
                }));
        graphQl.mutate().header("Authorization", "Bearer guessed").build().documentName("ingestArticle")
                .variable("content", "---\ntitle: x\n---\n正文。").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("not the write token")));
    }

    @Test
    void reportsAFailedArticleWithItsReason() {
        writer.documentName("ingestArticle")
                .variable("content", "---\ntitle: [unclosed\n").variable("fileName", "broken.md").execute()
                .path("ingestArticle.status").entity(String.class).isEqualTo("FAILED")
                .path("ingestArticle.name").entity(String.class).isEqualTo("broken.md")
                .path("ingestArticle.reason").entity(String.class).satisfies(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void ingestsOnlyWebUrls() {
        writer.document("mutation { ingestUrl(url: \"/etc/passwd\") { status } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("'url'", "http")));
    }

    @Test
    void theFintechCommitteeHasTenMembers() {
        graphQl.documentName("committeeMembers").execute()
                .path("entity.name").entity(String.class).isEqualTo("上海市浦东新区金融业联合会金融科技专委会")
                .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(10)
                .path("entity.relations.edges[*].node.source.name").entityList(String.class).hasSize(10);
    }

    @Test
    void aShortNameReachesTheSameEntityWithItsFactsAndEvidence() {
        String shortId = graphQl.documentName("huaweiFacts").variable("name", "华为技术").execute()
                .path("entity.name").entity(String.class).isEqualTo("华为技术有限公司")
                .path("entity.id").entity(String.class).get();
        graphQl.documentName("huaweiFacts").variable("name", "华为技术有限公司").execute()
                .path("entity.id").entity(String.class).isEqualTo(shortId)
                .path("entity.relations.edges[*].node.type").entityList(String.class)
                .contains("SETTLED_IN", "MEMBER_OF")
                .path("entity.relations.edges[*].node.evidence[*].sentence").entityList(String.class)
                .satisfies(sentences -> assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank()));
    }

    @Test
    void findsAPathFromBankOfCommunicationsToTheFinancialDataPort() {
        graphQl.documentName("pathBetween").variable("from", "交通银行").variable("to", "金融数据港").execute()
                .path("path[0].hops[0].from.name").entity(String.class).isEqualTo("交通银行")
                .path("path[0].hops[*].relation.evidence[0].sentence").entityList(String.class).hasSizeGreaterThan(0)
                .path("path[0].length").entity(Integer.class).satisfies(length -> assertThat(length).isBetween(1, 4));
    }

    @Test
    void cursorsPageThroughTheSameRelationsAsOnePage() {
        var hub = graphQl.documentName("mostConnected").execute();
        String name = hub.path("entities.edges[0].node.name").entity(String.class).get();
        int total = hub.path("entities.edges[0].node.relations.totalCount").entity(Integer.class).get();
        assertThat(total).as("relations of the most connected entity, " + name).isGreaterThan(4);
        List<String> whole = relationIds(name, total, null);
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var variables = new java.util.HashMap<String, Object>(Map.of("name", name, "first", 2));
            variables.put("after", cursor);
            var page = graphQl.documentName("relationsPage").variables(variables).execute();
            paged.addAll(page.path("entity.relations.edges[*].node.id").entityList(String.class).get());
            more = page.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).get();
            cursor = page.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(whole).hasSize(total).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(whole);
    }

    private List<String> relationIds(String name, int first, String after) {
        var variables = new java.util.HashMap<String, Object>(Map.of("name", name, "first", first));
        variables.put("after", after);
        return graphQl.documentName("relationsPage").variables(variables).execute()
                .path("entity.relations.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void nestedFieldsCostABoundedNumberOfQueriesWhateverThePageSize() {
        long before = reader.queryCount();
        graphQl.documentName("hundredEntitiesWithEvidence").execute()
                .path("entities.edges").entityList(Object.class).hasSizeGreaterThan(50);
        // entities, articleCount, relations with their evidence, articles: one query each, not one per entity or fact
        assertThat(reader.queryCount() - before).isLessThanOrEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void evidenceReadWithTheRelationsIsTheEvidenceReadOnItsOwn() {
        long before = reader.queryCount();
        List<Map<String, Object>> relations = (List<Map<String, Object>>) (List<?>) graphQl
                .documentName("relationsThenEvidence").variable("name", "金融科技专委会").execute()
                .path("entity.relations.edges[*].node").entityList(Map.class).get();
        // the entity, then its relations with their evidence: two queries however many relations
        assertThat(reader.queryCount() - before).isEqualTo(2);

        // the timeline's relations get their evidence from the evidence loader, one query for all of them
        Map<Object, Object> loaded = new java.util.HashMap<>();
        graphQl.documentName("evidenceViaTimeline").variable("name", "金融科技专委会").execute()
                .path("timeline[*].relation").entityList(Map.class).get()
                .forEach(relation -> loaded.put(relation.get("id"), relation.get("evidence")));
        assertThat(relations).filteredOn(r -> loaded.containsKey(r.get("id"))).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(r -> assertThat(r.get("evidence")).isNotNull().isEqualTo(loaded.get(r.get("id"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void relationsReadBrieflyOrInFullAsTheQuerySelects() {
        var response = graphQl.documentName("briefAndFullRelations").variable("name", "华为技术有限公司").execute();
        List<Map<String, Object>> brief = (List<Map<String, Object>>) (List<?>) response
                .path("entity.brief.edges[*].node").entityList(Map.class).get();
        List<Map<String, Object>> full = (List<Map<String, Object>>) (List<?>) response
                .path("entity.full.edges[*].node").entityList(Map.class).get();
        // the same request asks both ways: the full read must not be served the brief one's answer, or the reverse
        assertThat(full).hasSameSizeAs(brief).isNotEmpty();
        assertThat(response.path("entity.full.edges[*].node.source.aliases[*]").entityList(String.class).get())
                .as("an end's aliases, which a brief read leaves out").contains("华为技术");
        assertThat(response.path("entity.full.edges[*].node.evidence[*].article.fileName").entityList(String.class)
                .get()).isNotEmpty().doesNotContainNull();
        assertThat(response.path("entity.full.edges[*].node.evidence[*].article.ingestedAt").entityList(String.class)
                .get()).isNotEmpty().doesNotContainNull();
        for (int i = 0; i < brief.size(); i++) {
            assertThat(briefFields(full.get(i))).isEqualTo(brief.get(i));
        }
    }

    /** A relation as the brief half of {@code briefAndFullRelations} selects it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> briefFields(Map<String, Object> relation) {
        var evidence = ((List<Map<String, Object>>) relation.get("evidence")).stream()
                .map(ev -> Map.of("sentence", ev.get("sentence"), "article",
                        Map.of("title", ((Map<String, Object>) ev.get("article")).get("title"))))
                .toList();
        return Map.of("id", relation.get("id"), "source", Map.of("name", nameOf(relation.get("source"))),
                "target", Map.of("name", nameOf(relation.get("target"))), "evidence", evidence);
    }

    private static Object nameOf(Object entity) {
        return ((Map<?, ?>) entity).get("name");
    }

    @Test
    void searchFindsNamesAndAliasesByPartOfThem() {
        graphQl.documentName("searchNames").variable("text", "数据港").execute()
                .path("search.edges[*].node.name").entityList(String.class).contains("金融数据港");
        graphQl.documentName("searchNames").variable("text", "华为").variable("types", List.of("INSTITUTION")).execute()
                .path("search.edges[*].node.name").entityList(String.class).contains("华为技术有限公司");
        // query syntax is taken literally, not as a Lucene query that fails or matches everything
        graphQl.documentName("searchNames").variable("text", "\"(数据港*").execute()
                .path("search.edges[*].node.name").entityList(String.class).contains("金融数据港");
        graphQl.documentName("searchNames").variable("text", "港").execute()
                .path("search.edges[*].node.name").entityList(String.class).contains("金融数据港");
    }

    @Test
    void articlesListWhatWasReadFromThem() {
        graphQl.documentName("articlesRead").execute()
                .path("articles.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(11))
                .path("articles.edges[*].node.facts[*].type").entityList(String.class).contains("MEMBER_OF");
    }

    @Test
    void timelineListsTheFactsAroundAnEntityWithTheirSentences() {
        graphQl.documentName("timelineOf").variable("name", "金融科技专委会").execute()
                .path("timeline[*].relation.type").entityList(String.class).contains("MEMBER_OF")
                .path("timeline[*].sentence").entityList(String.class).hasSizeGreaterThan(9);
    }

    @Test
    void unknownNamesGiveNullNotErrors() {
        graphQl.documentName("unknownNames").execute()
                .path("entity").valueIsNull()
                .path("path").valueIsNull()
                .path("timeline").valueIsNull()
                .path("article").valueIsNull();
    }

    @Test
    void refusesANineLevelNestedQueryOverHundredWidePages() {
        assertThat(graphQlSource.graphQl().getPreparsedDocumentProvider()).isInstanceOf(ParsedDocumentCache.class);
        // the second time the document comes parsed from the cache: the limits must hold all the same
        for (int i = 0; i < 2; i++) {
            graphQl.documentName("nineLevelsOf100").execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getMessage()).contains("kg.api.max-")));
        }
    }

    @Test
    void refusesPagesOverTheCapNamingTheField() {
        graphQl.documentName("oversizedPage").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains("'first'", "100");
                    assertThat(e.getPath()).isEqualTo("articles");
                }));
    }

    @Test
    void browsersMayCallOnlyFromConfiguredOrigins(@LocalServerPort int port) throws Exception {
        assertThat(preflight(port, CORS_ORIGIN).headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(CORS_ORIGIN);
        var foreign = preflight(port, "https://elsewhere.example.com");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<Void> preflight(int port, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void countsTheGraphByType() {
        graphQl.documentName("stats").execute()
                .path("stats.articles").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(11))
                .path("stats.byType").entityList(Object.class).hasSize(8)
                .path("stats.byRelationType").entityList(Object.class).hasSize(14);
    }
}
