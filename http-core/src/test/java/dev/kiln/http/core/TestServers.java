package dev.kiln.http.core;

/** Starts servers for tests on 127.0.0.1, port 0, with the access log off. */
final class TestServers {

    private TestServers() {
    }

    static HttpServer start(Handler handler) {
        return start(handler, ServerLimits.defaults());
    }

    static HttpServer start(Handler handler, ServerLimits limits) {
        return HttpServer.builder()
                .listen("127.0.0.1", 0)
                .handler(handler)
                .limits(limits)
                .accessLog(false)
                .build()
                .start();
    }

    /** A handler for the common cases: /ping, /echo (the body back), anything else 404. */
    static Response echo(Request request) {
        return switch (request.path()) {
            case "/ping" -> Response.text("pong");
            case "/echo" -> Response.builder(Status.OK_200)
                    .contentType("application/octet-stream")
                    .body(request.bytes())
                    .build();
            default -> Response.text(Status.NOT_FOUND_404, "no route for " + request.path());
        };
    }
}
