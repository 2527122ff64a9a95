package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorsTest {

    @RegisterExtension
    static final Client client = Client.perClass(TestApps::app);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("dev.kiln.http.router.Router").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("dev.kiln.http.router.Router").removeHandler(capture);
    }

    @Test
    void mapsAnHttpExceptionToItsStatusMessageAndHeaders() {
        Reply reply = client.get("/fail/http");
        assertEquals(409, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("duplicate", reply.header("X-Reason"));
        assertEquals("Conflict", reply.json().get("title").asString());
        assertEquals("item 7 exists already", reply.json().get("detail").asString());
        assertTrue(logged.isEmpty(), "an HttpException is not an error of the server");
    }

    @Test
    void findsAnHttpExceptionInTheCauseChain() {
        assertEquals(403, client.get("/fail/wrapped").status());
    }

    @Test
    void usesAnExceptionMapper() {
        Reply reply = client.get("/fail/mapped/sku-9");
        assertEquals(404, reply.status());
        assertEquals("out of stock: sku-9", reply.text());
    }

    @Test
    void answersAnyOtherExceptionWith500AGenericBodyAndOneLogLine() {
        Reply reply = client.get("/fail/boom");
        assertEquals(500, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("the server could not handle the request", reply.json().get("detail").asString());
        assertFalse(reply.text().contains("hunter2"), "no internals on the wire");
        assertFalse(reply.text().contains("IllegalStateException"), "no class names on the wire");
        assertEquals(1, logged.size());
        assertEquals("500 Internal Server Error for GET /fail/boom", logged.getFirst().getMessage());
        assertTrue(logged.getFirst().getThrown().getMessage().contains("hunter2"), "the log has the stack trace");
    }

    @Test
    void answersACheckedExceptionWith500() {
        assertEquals(500, client.get("/fail/checked").status());
        assertEquals(1, logged.size());
    }
}
