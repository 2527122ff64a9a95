package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleConnectionsTest {

    @Test
    void servesANewClientPromptlyWhileAThousandConnectionsIdle() throws IOException {
        List<RawClient> idle = new ArrayList<>();
        try (HttpServer server = TestServers.start(TestServers::echo)) {
            for (int i = 0; i < 1000; i++) {
                idle.add(new RawClient(server.port()));
            }
            // half of them have sent part of a request and wait in the middle of it
            for (int i = 0; i < 1000; i += 2) {
                idle.get(i).send("GET /ping HTTP/1.1\r\n");
            }
            long start = System.nanoTime();
            try (RawClient client = new RawClient(server.port())) {
                assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1000, "new client served after " + millis + " ms");
            assertEquals("pong", idle.get(1).send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            assertEquals("pong", idle.get(998).send("Host: h\r\n\r\n").read().text());
        } finally {
            for (RawClient client : idle) {
                client.close();
            }
        }
    }
}
