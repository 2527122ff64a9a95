package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpServerTest {

    @Test
    void answersGetOverARealSocket() throws IOException {
        try (HttpServer server = TestServers.start(TestServers::echo);
             RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertEquals("HTTP/1.1 200 OK", response.statusLine());
            assertEquals("pong", response.text());
            assertEquals("4", response.header("Content-Length"));
            assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
            assertNotNull(response.header("Date"));
        }
    }

    @Test
    void readsAPostBodyWithContentLength() throws IOException {
        try (HttpServer server = TestServers.start(TestServers::echo);
             RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").read();
            assertEquals(200, response.status());
            assertEquals("hello", response.text());
        }
    }

    @Test
    void keepsTheConnectionOpenForTheNextRequest() throws IOException {
        try (HttpServer server = TestServers.start(TestServers::echo);
             RawClient client = new RawClient(server.port())) {
            for (int i = 0; i < 3; i++) {
                RawClient.RawResponse response = client.send("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertEquals("pong", response.text());
                assertEquals(null, response.header("Connection"));
            }
        }
    }

    @Test
    void refusesToStartTwiceAndToReportAPortBeforeStarting() {
        HttpServer server = HttpServer.builder().listen("127.0.0.1", 0).handler(TestServers::echo).accessLog(false).build();
        assertThrows(IllegalStateException.class, server::port);
        server.start();
        try {
            assertThrows(IllegalStateException.class, server::start);
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void failsToStartWhenThePortIsTaken() {
        try (HttpServer first = TestServers.start(TestServers::echo)) {
            HttpServer second = HttpServer.builder().listen("127.0.0.1", first.port()).handler(TestServers::echo).build();
            assertThrows(UncheckedIOException.class, second::start);
        }
    }

    @Test
    void refusesNewConnectionsAfterStop() throws IOException {
        HttpServer server = TestServers.start(TestServers::echo);
        int port = server.port();
        server.stop(Duration.ofSeconds(1));
        assertThrows(IOException.class, () -> new RawClient(port).close());
    }
}
