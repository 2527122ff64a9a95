package dev.kiln.benchmarks.suite;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * Helidon SE 4 webserver (virtual thread per request) with plain routing handlers. Files are sent by
 * a handler that copies them to the response stream: the static-content module is not on the
 * reachable Maven Central at the pinned Helidon version. HTTPS is a second, named socket.
 */
public final class HelidonServer implements SuiteServer {

    private static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);
    private static final String HTTPS = "https";

    private WebServer server;

    @Override
    public Ports start(Settings settings) throws Exception {
        Path files = settings.files();
        Consumer<HttpRouting.Builder> routes = routing -> routing
                .get("/ping", (req, res) -> res.header(HeaderValues.CONTENT_TYPE_TEXT_PLAIN).send(PONG))
                .post("/json", HelidonServer::json)
                .get("/static/{name}", (req, res) -> file(files, req, res));
        WebServerConfig.Builder builder = WebServer.builder()
                .host("127.0.0.1")
                .port(settings.port())
                .routing(routes);
        if (settings.tls() != null) {
            SSLContext context = settings.tls().sslContext();
            builder.putSocket(HTTPS, socket -> socket
                    .host("127.0.0.1")
                    .port(settings.httpsPort())
                    .tls(tls -> tls.sslContext(context))
                    .routing(routes));
        }
        server = builder.build().start();
        return new Ports(server.port(), settings.tls() == null ? -1 : server.port(HTTPS));
    }

    private static void json(ServerRequest req, ServerResponse res) {
        byte[] answer;
        try {
            answer = JsonScenario.answer(req.content().as(byte[].class));
        } catch (RuntimeException e) {
            res.status(Status.BAD_REQUEST_400).header(HeaderValues.CONTENT_TYPE_TEXT_PLAIN).send("not an order");
            return;
        }
        res.header(HeaderValues.CONTENT_TYPE_JSON).send(answer);
    }

    private static void file(Path files, ServerRequest req, ServerResponse res) throws Exception {
        Path file = StaticFiles.resolve(files, req.path().pathParameters().get("name"));
        if (file == null) {
            res.status(Status.NOT_FOUND_404).send("not found");
            return;
        }
        res.header(HeaderValues.CONTENT_TYPE_OCTET_STREAM)
                .header(HeaderNames.CONTENT_LENGTH, String.valueOf(Files.size(file)));
        try (OutputStream out = res.outputStream()) {
            Files.copy(file, out);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
