package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandlerErrorsTest {

    private final Logger logger = Logger.getLogger("dev.kiln.http.core");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final HttpServer server = TestServers.start(request -> switch (request.path()) {
        case "/boom" -> throw new IllegalStateException("secret database password in here");
        case "/teapot" -> throw new HttpException(Status.METHOD_NOT_ALLOWED_405, "use POST").withHeader("Allow", "POST");
        case "/wrapped" -> throw new UncheckedIOException(new IOException("wrapper", new NotFoundException("no such user")));
        case "/null" -> null;
        default -> TestServers.echo(request);
    });

    @BeforeEach
    void attach() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void detach() {
        server.close();
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void answers500WithoutAStackTraceWhenTheHandlerThrows() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /boom HTTP/1.1\r\nHost: h\r\n\r\n").read();
            assertEquals(500, response.status());
            assertEquals("Internal Server Error\n", response.text());
            assertFalse(response.text().contains("secret"));
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void logsAFailingHandlerOnceWithItsStackTrace() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /boom HTTP/1.1\r\nHost: h\r\n\r\n").read();
        }
        List<LogRecord> failures = records.stream().filter(r -> r.getThrown() != null).toList();
        assertEquals(1, failures.size());
        assertEquals(Level.SEVERE, failures.get(0).getLevel());
        assertEquals("secret database password in here", failures.get(0).getThrown().getMessage());
    }

    @Test
    void answersWithTheStatusMessageAndHeadersOfAnHttpException() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /teapot HTTP/1.1\r\nHost: h\r\n\r\n").read();
            assertEquals(405, response.status());
            assertEquals("POST", response.header("Allow"));
            assertEquals("use POST\n", response.text());
        }
    }

    @Test
    void findsAnHttpExceptionAnywhereInTheCauseChain() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /wrapped HTTP/1.1\r\nHost: h\r\n\r\n").read();
            assertEquals(404, response.status());
            assertEquals("no such user\n", response.text());
        }
    }

    @Test
    void answers500WhenTheHandlerReturnsNoResponse() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(500, client.send("GET /null HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
        }
    }
}
