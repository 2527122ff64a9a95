package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutsTest {

    private final CountDownLatch writeFailed = new CountDownLatch(1);

    private final HttpServer server = TestServers.start(request -> request.path().equals("/endless")
            ? Response.builder(Status.OK_200).stream((out, trailers) -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    writeFailed.countDown();
                    throw e;
                }
            }).build()
            : TestServers.echo(request), ServerLimits.defaults()
            .withHeaderTimeout(Duration.ofMillis(600))
            .withIdleTimeout(Duration.ofMillis(400))
            .withBodyReadTimeout(Duration.ofMillis(400)));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersASlowlorisThatTricklesHeadersWith408() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            long start = System.nanoTime();
            client.send("GET /ping HTTP/1.1\r\nHost: h\r\n");
            RawClient.RawResponse response = null;
            for (int i = 0; i < 30 && response == null; i++) {
                Thread.sleep(100);
                try {
                    client.send("X-" + i + ": a\r\n");
                } catch (IOException closed) {
                    response = client.read();
                }
                if (client.socket().getInputStream().available() > 0) {
                    response = client.read();
                }
            }
            assertEquals(408, response.status());
            assertEquals("close", response.header("Connection"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "answered after " + millis + " ms");
        }
    }

    @Test
    void answersAnIncompleteHeaderSectionWith408() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /ping HTTP/1.1\r\nHost: h\r\n").read();
            assertEquals(408, response.status());
        }
    }

    @Test
    void closesAnIdleKeepAliveConnectionSilently() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            long start = System.nanoTime();
            assertTrue(client.isClosedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 300 && millis < 2000, "closed after " + millis + " ms");
        }
    }

    @Test
    void closesANewConnectionThatSendsNothingSilently() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void closesAConnectionWhoseClientStopsReading() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /endless HTTP/1.1\r\nHost: h\r\n\r\n");
            assertTrue(writeFailed.await(10, TimeUnit.SECONDS), "the blocked write was ended");
        }
    }

    @Test
    void answersAStalledBodyWith408() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc").read();
            assertEquals(408, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }
}
