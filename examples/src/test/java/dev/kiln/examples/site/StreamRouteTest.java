package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.examples.testing.RawHttp;
import dev.kiln.examples.testing.RawResponse;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /stream}: chunked, piece by piece, with a SHA-256 trailer. */
class StreamRouteTest {

    @RegisterExtension
    static final TestSite site = TestSite.perClass(1024);

    @Test
    void sendsTheBodyInChunksWithASha256TrailerToAClientThatReadsTrailers() throws Exception {
        RawResponse response = RawHttp.exchange(site.port(),
                "GET /stream HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\nConnection: close\r\n\r\n");
        assertEquals(200, response.status());
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertEquals("X-Content-SHA256", response.header("Trailer"));
        assertTrue(response.chunks() >= 2, "sent piece by piece, got " + response.chunks() + " chunk(s)");
        assertEquals(16, response.text().lines().count());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
        assertEquals(expected, response.trailer("X-Content-SHA256"));
    }

    @Test
    void streamsTheSameLinesToAnOrdinaryClient() throws Exception {
        HttpResponse<String> response = site.get("/stream");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(response.body().startsWith("piece 1 of 16: "));
        assertEquals(16, response.body().lines().count());
    }
}
