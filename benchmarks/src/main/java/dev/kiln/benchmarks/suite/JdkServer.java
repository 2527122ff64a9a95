package dev.kiln.benchmarks.suite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's {@code com.sun.net.httpserver} with a virtual thread per exchange, and its
 * {@code SimpleFileServer} handler for files; HTTPS is a second {@code HttpsServer} with the same contexts.
 */
public final class JdkServer implements SuiteServer {

    private static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private HttpsServer httpsServer;
    private ExecutorService executor;

    @Override
    public Ports start(Settings settings) throws Exception {
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 4096);
        routes(server, settings.files());
        if (settings.tls() != null) {
            httpsServer = HttpsServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.httpsPort()), 4096);
            httpsServer.setHttpsConfigurator(new HttpsConfigurator(settings.tls().sslContext()));
            routes(httpsServer, settings.files());
            httpsServer.start();
        }
        server.start();
        return new Ports(server.getAddress().getPort(), httpsServer == null ? -1 : httpsServer.getAddress().getPort());
    }

    private void routes(HttpServer target, Path files) {
        target.setExecutor(executor);
        target.createContext("/ping", exchange -> {
            drain(exchange);
            send(exchange, 200, "text/plain", PONG);
        });
        target.createContext("/json", JdkServer::json);
        target.createContext("/static", SimpleFileServer.createFileHandler(files.toAbsolutePath()));
    }

    private static void json(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            drain(exchange);
            send(exchange, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        byte[] answer;
        try {
            answer = JsonScenario.answer(body);
        } catch (RuntimeException e) {
            send(exchange, 400, "text/plain", "not an order".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        send(exchange, 200, "application/json", answer);
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (httpsServer != null) {
            httpsServer.stop(0);
        }
        if (server != null) {
            server.stop(0);
            executor.close();
        }
    }
}
