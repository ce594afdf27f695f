package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.GraphIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The explorer and GraphiQL pages come from the jar, and so does everything they load: no CDN at run time. */
class WebPagesIT extends GraphIntegrationTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/graphiql"})
    void servesThePageAndEveryAssetItLoadsFromThisServer(String page) throws Exception {
        HttpResponse<String> response = get(page);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        List<String> assets = ASSET.matcher(response.body()).results().map(m -> m.group(1)).toList();
        assertThat(assets).isNotEmpty().allSatisfy(asset -> {
            assertThat(asset).as("asset of %s", page).matches("^(/(?!/)|\\?).*");
            if (asset.startsWith("/")) {
                assertThat(get(asset).statusCode()).as("GET %s", asset).isEqualTo(200);
            }
        });
    }

    @Test
    void tellsWhereTheGraphListensForBolt() throws Exception {
        HttpResponse<String> response = get("/api/info");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"boltUri\":\"bolt://127.0.0.1:").contains("\"graphqlPath\":\"/graphql\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
