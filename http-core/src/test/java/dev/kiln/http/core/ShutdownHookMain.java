package dev.kiln.http.core;

import java.time.Duration;

/** A server process for {@link ShutdownHookTest}: prints its port, serves /slow in 800 ms. */
public final class ShutdownHookMain {

    private ShutdownHookMain() {
    }

    public static void main(String[] args) {
        HttpServer server = HttpServer.builder()
                .listen("127.0.0.1", 0)
                .accessLog(false)
                .stopOnShutdown(Duration.ofSeconds(10))
                .handler(request -> {
                    if (request.path().equals("/slow")) {
                        System.out.println("handling");
                        System.out.flush();
                        Thread.sleep(800);
                        return Response.text("done");
                    }
                    return Response.text("pong");
                })
                .build()
                .start();
        System.out.println("port " + server.port());
        System.out.flush();
    }
}
