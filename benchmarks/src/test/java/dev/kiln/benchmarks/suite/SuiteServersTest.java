package dev.kiln.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every server of the suite starts on port 0 and answers each scenario the same way. */
class SuiteServersTest {

    static final java.util.List<String> SERVERS = SuiteServers.NAMES;

    @TempDir
    static Path files;

    static HttpClient client;

    @BeforeAll
    static void createFilesAndClient() throws Exception {
        StaticFiles.ensure(files);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @ParameterizedTest
    @FieldSource("SERVERS")
    void answersPingJsonAndStaticFiles(String name) throws Exception {
        try (SuiteServer server = SuiteServers.create(name)) {
            String base = "http://127.0.0.1:" + server.start(0, files);

            HttpResponse<String> ping = client.send(get(base + "/ping"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode(), name + " /ping status");
            assertEquals("pong", ping.body(), name + " /ping body");

            HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create(base + "/json"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonScenario.ORDER)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, json.statusCode(), name + " /json status");
            assertEquals("{\"item\":\"kiln\",\"quantity\":3,\"tagCount\":2,\"accepted\":true}", json.body(),
                    name + " /json body");
            assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    name + " /json content type");

            HttpResponse<byte[]> small = client.send(get(base + "/static/4k.bin"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, small.statusCode(), name + " 4k status");
            assertEquals(4096, small.body().length, name + " 4k length");
            HttpResponse<byte[]> large = client.send(get(base + "/static/1m.bin"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, large.statusCode(), name + " 1m status");
            assertEquals(1024 * 1024, large.body().length, name + " 1m length");
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build();
    }
}
