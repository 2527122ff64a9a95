package dev.kiln.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every server of the suite starts on port 0 and answers each scenario the same way, HTTPS included. */
class SuiteServersTest {

    static final java.util.List<String> SERVERS = SuiteServers.NAMES;

    @TempDir
    static Path files;

    static HttpClient client;
    static HttpClient httpsClient;
    static SuiteTls tls;

    @BeforeAll
    static void createFilesKeystoreAndClients() throws Exception {
        StaticFiles.ensure(files);
        tls = SuiteTls.generate(files.resolve("tls"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // Trust exactly the suite's own certificate.
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            store.load(in, tls.password().toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("suite", store.getCertificate("suite"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        httpsClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void closeClients() {
        client.close();
        httpsClient.close();
    }

    @ParameterizedTest
    @FieldSource("SERVERS")
    void answersPingJsonAndStaticFiles(String name) throws Exception {
        try (SuiteServer server = SuiteServers.create(name)) {
            SuiteServer.Ports ports = server.start(new SuiteServer.Settings(0, files, tls, 0));
            String base = "http://127.0.0.1:" + ports.http();

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

            if (server.supportsHttps()) {
                HttpResponse<String> secure = httpsClient.send(get("https://127.0.0.1:" + ports.https() + "/ping"),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, secure.statusCode(), name + " https /ping status");
                assertEquals("pong", secure.body(), name + " https /ping body");
            } else {
                assertEquals(-1, ports.https(), name + " has no HTTPS port");
            }
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build();
    }
}
