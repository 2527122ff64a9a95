package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private final Logger logger = Logger.getLogger("dev.kiln.http.access");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void detach() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    private static HttpServer server(boolean accessLog) {
        return HttpServer.builder().listen("127.0.0.1", 0).handler(TestServers::echo).accessLog(accessLog).build().start();
    }

    @Test
    void logsOneLinePerRequestWithMethodTargetStatusBytesAndDuration() throws IOException {
        try (HttpServer server = server(true); RawClient client = new RawClient(server.port())) {
            client.send("GET /ping?x=1 HTTP/1.1\r\nHost: h\r\n\r\n").read();
            client.send("GET /missing HTTP/1.1\r\nHost: h\r\n\r\n").read();
        }
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("127\\.0\\.0\\.1 \"GET /ping\\?x=1 HTTP/1\\.1\" 200 4 \\d+\\.\\d{3}ms"), lines.get(0));
        assertTrue(lines.get(1).contains("\"GET /missing HTTP/1.1\" 404 "), lines.get(1));
    }

    @Test
    void writesNothingWhenSwitchedOff() throws IOException {
        try (HttpServer server = server(false); RawClient client = new RawClient(server.port())) {
            client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read();
        }
        assertEquals(List.of(), lines);
    }
}
