package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each rule of RFC 9112/9110 the server enforces, over a real socket: status, short body, closed connection. */
class ProtocolErrorsTest {

    private final HttpServer server = TestServers.start(TestServers::echo,
            ServerLimits.defaults().withMaxRequestLineLength(100).withMaxHeaderSectionSize(200).withMaxHeaderCount(5));

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends the request and checks the status, that the body names the problem, and that the connection closes. */
    private RawClient.RawResponse rejected(String request, int status) throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send(request).read();
            assertEquals(status, response.status(), response.text());
            assertEquals("close", response.header("Connection"));
            assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
            assertFalse(response.text().isBlank());
            assertTrue(client.isClosedByServer(), "connection closed after the error");
            return response;
        }
    }

    @Test
    void rejectsContentLengthTogetherWithTransferEncoding() throws IOException {
        RawClient.RawResponse response = rejected("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
        assertTrue(response.text().contains("Content-Length and Transfer-Encoding"), response.text());
    }

    @Test
    void rejectsDifferingDuplicateContentLengths() throws IOException {
        rejected("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400);
    }

    @Test
    void rejectsANonNumericContentLength() throws IOException {
        rejected("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: three\r\n\r\nabc", 400);
    }

    @Test
    void rejectsANegativeContentLength() throws IOException {
        rejected("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: -3\r\n\r\nabc", 400);
    }

    @Test
    void rejectsObsFold() throws IOException {
        RawClient.RawResponse response = rejected("GET /ping HTTP/1.1\r\nHost: h\r\nX-Long: a\r\n  continued\r\n\r\n", 400);
        assertTrue(response.text().contains("obs-fold"), response.text());
    }

    @Test
    void rejectsWhitespaceBeforeTheColon() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost : h\r\n\r\n", 400);
    }

    @Test
    void rejectsABareCrInAHeaderValue() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n", 400);
    }

    @Test
    void rejectsNulInAHeaderValue() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost: h\r\nX: a\u0000b\r\n\r\n", 400);
    }

    @Test
    void rejectsOtherControlBytesInAHeaderValue() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost: h\r\nX: a\u0007b\r\n\r\n", 400);
    }

    @Test
    void rejectsAControlByteInTheRequestTarget() throws IOException {
        rejected("GET /pi\u0001ng HTTP/1.1\r\nHost: h\r\n\r\n", 400);
    }

    @Test
    void rejectsAMalformedRequestLine() throws IOException {
        rejected("GET  /ping HTTP/1.1\r\nHost: h\r\n\r\n", 400);
    }

    @Test
    void rejectsAnInvalidPercentEncodingInThePath() throws IOException {
        rejected("GET /a%zzb HTTP/1.1\r\nHost: h\r\n\r\n", 400);
    }

    @Test
    void rejectsAPathThatDecodesToNul() throws IOException {
        rejected("GET /a%00b HTTP/1.1\r\nHost: h\r\n\r\n", 400);
    }

    @Test
    void rejectsAnHttp11RequestWithoutHost() throws IOException {
        RawClient.RawResponse response = rejected("GET /ping HTTP/1.1\r\n\r\n", 400);
        assertTrue(response.text().contains("Host"), response.text());
    }

    @Test
    void rejectsADuplicateHost() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    }

    @Test
    void rejectsAnInvalidHost() throws IOException {
        rejected("GET /ping HTTP/1.1\r\nHost: bad host\r\n\r\n", 400);
    }

    @Test
    void answersAnUnknownMethodWith501() throws IOException {
        rejected("BREW /pot HTTP/1.1\r\nHost: h\r\n\r\n", 501);
    }

    @Test
    void answersAnUnknownTransferCodingWith501() throws IOException {
        rejected("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501);
    }

    @Test
    void answersAnUnsupportedVersionWith505() throws IOException {
        rejected("GET /ping HTTP/2.0\r\nHost: h\r\n\r\n", 505);
    }

    @Test
    void answersARequestLineOverTheLimitWith414AndServesOneAtTheLimit() throws IOException {
        String atLimit = "GET /ping?" + "a".repeat(100 - "GET /ping? HTTP/1.1".length()) + " HTTP/1.1";
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(200, client.send(atLimit + "\r\nHost: h\r\n\r\n").read().status());
        }
        String overLimit = "GET /ping?" + "a".repeat(101 - "GET /ping? HTTP/1.1".length()) + " HTTP/1.1";
        rejected(overLimit + "\r\nHost: h\r\n\r\n", 414);
    }

    @Test
    void answersAHeaderSectionOverTheLimitWith431AndServesOneAtTheLimit() throws IOException {
        String host = "Host: h\r\n";
        String atLimit = host + "X: " + "v".repeat(200 - host.length() - "X: \r\n".length()) + "\r\n";
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(200, client.send("GET /ping HTTP/1.1\r\n" + atLimit + "\r\n").read().status());
        }
        String overLimit = host + "X: " + "v".repeat(201 - host.length() - "X: \r\n".length()) + "\r\n";
        rejected("GET /ping HTTP/1.1\r\n" + overLimit + "\r\n", 431);
    }

    @Test
    void answersTooManyHeaderFieldsWith431AndServesTheMaximum() throws IOException {
        String five = "Host: h\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n";
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(200, client.send("GET /ping HTTP/1.1\r\n" + five + "\r\n").read().status());
        }
        rejected("GET /ping HTTP/1.1\r\n" + five + "E: 5\r\n\r\n", 431);
    }

    @Test
    void answersAnUnknownPathWith404AndKeepsTheConnection() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(404, client.send("GET /nowhere HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
            assertEquals(200, client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
        }
    }

    @Test
    void answersATlsHandshakeOnThePlainPortWith400() throws IOException {
        rejected("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", 400);
    }

    @Test
    void badInputOnOneConnectionDoesNotDisturbAnother() throws IOException {
        try (RawClient good = new RawClient(server.port())) {
            assertEquals(200, good.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
            for (String garbage : new String[] {"\u0000\u0000\u0000\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX: \u0000\r\n\r\n", "\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n"}) {
                try (RawClient bad = new RawClient(server.port())) {
                    assertEquals(400, bad.send(garbage).read().status());
                }
            }
            assertEquals(200, good.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
        }
        try (RawClient fresh = new RawClient(server.port())) {
            assertEquals(200, fresh.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
        }
    }
}
