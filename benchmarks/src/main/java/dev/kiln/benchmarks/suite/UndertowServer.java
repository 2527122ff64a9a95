package dev.kiln.benchmarks.suite;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Undertow core (XNIO, non-blocking handlers on the I/O threads) with a path handler, and its
 * {@code ResourceHandler} for files.
 */
public final class UndertowServer implements SuiteServer {

    private static final ByteBuffer PONG = ByteBuffer.wrap("pong".getBytes(StandardCharsets.US_ASCII));

    private Undertow server;

    @Override
    public Ports start(Settings settings) throws Exception {
        Path files = settings.files();
        Undertow.Builder builder = Undertow.builder().addHttpListener(settings.port(), "127.0.0.1");
        if (settings.tls() != null) {
            builder.addHttpsListener(settings.httpsPort(), "127.0.0.1", settings.tls().sslContext());
        }
        server = builder
                .setHandler(Handlers.path()
                        .addExactPath("/ping", UndertowServer::ping)
                        .addExactPath("/json", UndertowServer::json)
                        .addPrefixPath("/static", new ResourceHandler(new PathResourceManager(files))
                                .setDirectoryListingEnabled(false)))
                .build();
        server.start();
        return new Ports(port(0), settings.tls() == null ? -1 : port(1));
    }

    private int port(int listener) {
        return ((InetSocketAddress) server.getListenerInfo().get(listener).getAddress()).getPort();
    }

    private static void ping(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
        exchange.getResponseSender().send(PONG.duplicate());
    }

    private static void json(HttpServerExchange exchange) {
        if (!exchange.getRequestMethod().equals(Methods.POST)) {
            exchange.setStatusCode(405);
            exchange.getResponseSender().send("method not allowed");
            return;
        }
        exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
            byte[] answer;
            try {
                answer = JsonScenario.answer(body);
            } catch (RuntimeException e) {
                ex.setStatusCode(400);
                ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
                ex.getResponseSender().send("not an order");
                return;
            }
            ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            ex.getResponseSender().send(ByteBuffer.wrap(answer));
        });
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
