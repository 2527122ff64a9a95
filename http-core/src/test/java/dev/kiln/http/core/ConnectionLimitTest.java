package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionLimitTest {

    private final HttpServer server = TestServers.start(TestServers::echo, ServerLimits.defaults().withMaxConnections(2));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answers503WhenTheConnectionLimitIsReachedAndServesAgainOnceOneCloses() throws Exception {
        RawClient first = new RawClient(server.port());
        try (RawClient second = new RawClient(server.port())) {
            assertEquals(200, first.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
            assertEquals(200, second.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
            try (RawClient third = new RawClient(server.port())) {
                RawClient.RawResponse response = third.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read();
                assertEquals(503, response.status());
                assertEquals("close", response.header("Connection"));
            }
            first.close();
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
                Thread.sleep(20);
                try (RawClient again = new RawClient(server.port())) {
                    status = again.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status();
                }
            }
            assertEquals(200, status);
        }
    }
}
