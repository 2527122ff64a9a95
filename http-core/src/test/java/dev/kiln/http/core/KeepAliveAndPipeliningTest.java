package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveAndPipeliningTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final HttpServer server = TestServers.start(request -> switch (request.path()) {
        case "/count" -> Response.text(Integer.toString(counter.incrementAndGet()));
        case "/close" -> Response.text("bye").withHeader("Connection", "close");
        default -> TestServers.echo(request);
    });

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reusesOneConnectionForManyRequests() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            for (int i = 1; i <= 20; i++) {
                assertEquals(Integer.toString(i), client.send("GET /count HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            }
        }
    }

    @Test
    void answersPipelinedRequestsInOrder() throws IOException {
        StringBuilder pipeline = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            pipeline.append("GET /count HTTP/1.1\r\nHost: h\r\n\r\n");
            pipeline.append("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n").append(i % 10).append('!');
        }
        try (RawClient client = new RawClient(server.port())) {
            client.send(pipeline.toString());
            for (int i = 0; i < 40; i++) {
                assertEquals(Integer.toString(i + 1), client.read().text());
                assertEquals((i % 10) + "!", client.read().text());
            }
        }
    }

    @Test
    void servesRequestsWhoseLinesAreLongerThanTheReadBufferOnTheSameConnection() throws IOException {
        String longTarget = "/echo?q=" + "a".repeat(6000);
        String longHeader = "X-Long: " + "b".repeat(7000);
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse first = client.send("POST " + longTarget + " HTTP/1.1\r\nHost: h\r\n" + longHeader
                    + "\r\nContent-Length: 3\r\n\r\nabc").read();
            assertEquals("abc", first.text());
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void closesAfterRespondingWhenTheClientSendsConnectionClose() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /ping HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").read();
            assertEquals("pong", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void answersARequestWithConnectionCloseEvenWhenMoreRequestsFollowIt() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /ping HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n" + "GET /ping HTTP/1.1\r\nHost: h\r\n\r\n".repeat(50));
            RawClient.RawResponse response = client.read();
            assertEquals("pong", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void closesAfterRespondingWhenTheResponseSaysConnectionClose() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /close HTTP/1.1\r\nHost: h\r\n\r\n").read();
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void closesAnHttp10ConnectionByDefault() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /ping HTTP/1.0\r\n\r\n").read();
            assertEquals("pong", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void keepsAnHttp10ConnectionOpenWhenAskedTo() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse first = client.send("GET /ping HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();
            assertEquals("keep-alive", first.header("Connection"));
            assertEquals("pong", client.send("GET /ping HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read().text());
        }
    }

    @Test
    void doesNotAnnounceKeepAliveInHttp11() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertNull(client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().header("Connection"));
        }
    }
}
