package dev.kiln.benchmarks.suite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
 * {@code SimpleFileServer} handler for files.
 */
public final class JdkServer implements SuiteServer {

    private static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private ExecutorService executor;

    @Override
    public int start(int port, Path files) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/ping", exchange -> {
            drain(exchange);
            send(exchange, 200, "text/plain", PONG);
        });
        server.createContext("/json", JdkServer::json);
        server.createContext("/static", SimpleFileServer.createFileHandler(files.toAbsolutePath()));
        server.start();
        return server.getAddress().getPort();
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
        if (server != null) {
            server.stop(0);
            executor.close();
        }
    }
}
