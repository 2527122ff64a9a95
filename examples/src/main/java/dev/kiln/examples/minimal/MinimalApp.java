package dev.kiln.examples.minimal;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.time.Duration;

/**
 * The smallest Kiln app: one {@code Handler} on plain http-core, no router, no DI.
 *
 * <pre>
 * curl http://localhost:8080/ping          # pong
 * curl http://localhost:8080/hello?name=Ada  # Hello, Ada!
 * </pre>
 */
public final class MinimalApp {

    private MinimalApp() {
    }

    /**
     * Answers {@code GET /ping} and {@code GET /hello?name=...}; other paths are 404, other methods 405.
     *
     * @param request the request
     * @return the response
     */
    static Response handle(Request request) {
        if (request.method() != Method.GET && request.method() != Method.HEAD) {
            return Response.text(Status.METHOD_NOT_ALLOWED_405, "only GET here\n").withHeader("Allow", "GET, HEAD");
        }
        return switch (request.path()) {
            case "/ping" -> Response.text("pong");
            case "/hello" -> Response.text("Hello, " + request.queryParams().first("name").orElse("world") + "!\n");
            default -> Response.text(Status.NOT_FOUND_404, "no page at " + request.path() + "\n");
        };
    }

    /**
     * Starts the app on the port given as first argument, else 8080, until the process is stopped.
     *
     * @param args an optional port
     */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        HttpServer server = HttpServer.builder()
                .listen(port)
                .handler(MinimalApp::handle)
                .stopOnShutdown(Duration.ofSeconds(5))
                .build()
                .start();
        System.out.println("minimal app on http://localhost:" + server.port() + "/ping");
    }
}
