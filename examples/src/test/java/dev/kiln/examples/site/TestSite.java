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

/**
 * The site app started for a test: loopback, a free port, the real pages folder and a fresh upload
 * folder that is deleted on close.
 */
final class TestSite implements AutoCloseable {

    final SiteServer server;
    final Path workDir;
    final Path files;
    final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestSite(SiteServer server, Path workDir, Path files) {
        this.server = server;
        this.workDir = workDir;
        this.files = files;
    }

    static TestSite start(long maxUpload) throws IOException {
        Path workDir = Files.createTempDirectory("kiln-site-test");
        Path files = workDir.resolve("files");
        SiteConfig config = SiteConfig.local(Path.of("pages"), files, maxUpload)
                .withTls(workDir.resolve("absent.crt"), workDir.resolve("absent.key"));
        return new TestSite(SiteServer.start(config), workDir, files);
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
