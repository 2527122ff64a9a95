package dev.kiln.http.router;

import dev.kiln.http.core.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Serves a router with a real {@link HttpServer} on {@code 127.0.0.1}, port 0, and talks to it over
 * sockets: {@link HttpClient} for ordinary requests, a raw socket for bytes HttpClient refuses to send
 * (traversal payloads, backslashes).
 *
 * <p>Either {@link #start(Router) start} one in try-with-resources, or share one across a test class
 * with {@code @RegisterExtension static final Client client = Client.perClass(TestApps::app);}.
 */
final class Client implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final Supplier<Router> router;
    private final HttpClient http;
    private HttpServer server;

    private Client(Supplier<Router> router) {
        this.router = router;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Client start(Router router) {
        Client client = new Client(() -> router);
        client.serve();
        return client;
    }

    /** A client whose server starts before the first test of the class and closes after the last. */
    static Client perClass(Supplier<Router> router) {
        return new Client(router);
    }

    private void serve() {
        server = HttpServer.builder().listen("127.0.0.1", 0).handler(router.get()).accessLog(false).build().start();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        serve();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    int port() {
        return server.port();
    }

    Reply get(String target, String... headers) {
        return send("GET", target, null, null, headers);
    }

    Reply post(String target, String contentType, String body, String... headers) {
        return send("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Reply send(String method, String target, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + target))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> fields = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> fields.put(name.toLowerCase(Locale.ROOT), values));
            return new Reply(response.statusCode(), fields, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a GET request line exactly as given (the target is not checked or encoded) and reads the
     * response to the end of the connection.
     */
    Reply raw(String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(byte[] bytes, boolean head) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete response head: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            fields.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        List<String> coding = fields.getOrDefault("transfer-encoding", List.of());
        if (!head && !coding.isEmpty() && coding.getFirst().equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, fields, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        try {
            while (true) {
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = in.read()) != '\n') {
                    if (c < 0) {
                        return out.toByteArray();
                    }
                    if (c != '\r') {
                        line.append((char) c);
                    }
                }
                int size = Integer.parseInt(line.toString().split(";")[0].strip(), 16);
                if (size == 0) {
                    return out.toByteArray();
                }
                out.write(in.readNBytes(size));
                in.readNBytes(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
