package dev.kiln.examples.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The site app started for a test: loopback, a free port, the real pages folder and a fresh upload
 * folder that is deleted on close. Either {@link #start(long) start} one in try-with-resources, or
 * share one across a test class with
 * {@code @RegisterExtension static final TestSite site = TestSite.perClass(maxUpload);}.
 */
final class TestSite implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final long maxUpload;
    SiteServer server;
    Path workDir;
    Path files;
    final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestSite(long maxUpload) {
        this.maxUpload = maxUpload;
    }

    static TestSite start(long maxUpload) throws IOException {
        TestSite site = new TestSite(maxUpload);
        site.serve();
        return site;
    }

    /** A site that starts before the first test of the class and closes after the last. */
    static TestSite perClass(long maxUpload) {
        return new TestSite(maxUpload);
    }

    private void serve() throws IOException {
        workDir = Files.createTempDirectory("kiln-site-test");
        files = workDir.resolve("files");
        SiteConfig config = SiteConfig.local(Path.of("pages"), files, maxUpload)
                .withTls(workDir.resolve("absent.crt"), workDir.resolve("absent.key"));
        server = SiteServer.start(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        serve();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
    }

    int port() {
        return server.httpPort();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the names in the upload folder, temporary files included. */
    List<String> storedNames() {
        try (Stream<Path> list = Files.list(files)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(Duration.ofMillis(200));
        client.close();
        try (Stream<Path> tree = Files.walk(workDir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
