package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private final HttpServer server = TestServers.start(request -> switch (request.path()) {
        case "/trailers" -> Response.text(request.text() + "|" + request.trailers().first("X-Checksum"));
        case "/upload" -> {
            request.maxBodySize(1000);
            yield Response.text(Integer.toString(request.bytes().length));
        }
        case "/form" -> Response.text(request.form().asMap().toString());
        case "/text" -> Response.text(request.text());
        case "/rest" -> {
            try {
                int first = request.body().read();
                yield Response.text((char) first + "|" + new String(request.bytes(), java.nio.charset.StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        default -> TestServers.echo(request);
    }, ServerLimits.defaults().withMaxBodySize(100).withMaxDrainSize(50));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsAChunkedBodyAndItsTrailers() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /trailers HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;note=first\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc\r\n\r\n").read();
            assertEquals("hello world|abc", response.text());
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void sendsOneHundredContinueWhenTheHandlerReadsTheBody() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.send("POST /echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            assertEquals("HTTP/1.1 100 Continue", client.read().statusLine());
            RawClient.RawResponse response = client.send("hello").read();
            assertEquals(200, response.status());
            assertEquals("hello", response.text());
        }
    }

    @Test
    void skipsOneHundredContinueWhenTheHandlerIgnoresTheBody() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /ping HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n").read();
            assertEquals(200, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }

    @Test
    void answersAnExpectContinueOverTheLimitWith413InsteadOfContinue() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 101\r\n\r\n").read();
            assertEquals(413, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }

    @Test
    void acceptsABodyAtTheLimitAndRejectsOneByteMoreWith413() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(100, client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n" + "a".repeat(100)).read().body().length);
        }
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\n\r\n" + "a".repeat(101)).read();
            assertEquals(413, response.status());
            assertTrue(response.text().contains("100 bytes"), response.text());
            assertEquals("close", response.header("Connection"));
        }
    }

    @Test
    void readsAnOverLimitBodyToItsEndSoThatAClientStillWritingGetsThe413() throws IOException {
        byte[] body = new byte[16 * 1024 * 1024];
        try (RawClient client = new RawClient(server.port())) {
            client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: " + body.length + "\r\n\r\n");
            // a client that writes its whole body before reading, as many do: closing the connection
            // with this body unread would reset it and the client would never see the 413
            client.send(body);
            RawClient.RawResponse response = client.read();
            assertEquals(413, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }

    @Test
    void rejectsAChunkedBodyOverTheLimitWith413() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "40\r\n" + "a".repeat(64) + "\r\n40\r\n" + "b".repeat(64) + "\r\n0\r\n\r\n").read();
            assertEquals(413, response.status());
        }
    }

    @Test
    void letsAHandlerRaiseTheBodyLimitForOneRequest() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("500", client.send("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 500\r\n\r\n" + "a".repeat(500)).read().text());
        }
    }

    @Test
    void readsADeclaredBodyThatArrivesInPiecesAndKeepsThePipelinedRequestBehindIt() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello");
            Thread.sleep(50);
            client.send(" wo");
            Thread.sleep(50);
            client.send("rldGET /ping HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals("hello world", client.read().text());
            assertEquals("pong", client.read().text());
        }
    }

    @Test
    void givesTheRestOfAPartlyReadBodyAsBytes() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("a|bcdef", client.send("POST /rest HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nabcdef").read().text());
            assertEquals("x|", client.send("POST /rest HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nx").read().text());
        }
    }

    @Test
    void drainsAnUnreadBodyAndKeepsTheConnection() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /ping HTTP/1.1\r\nHost: h\r\nContent-Length: 50\r\n\r\n" + "x".repeat(50)).read();
            assertEquals("pong", response.text());
            assertEquals(null, response.header("Connection"));
            assertEquals("pong", client.send("POST /ping HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n").read().text());
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void closesTheConnectionWhenTheUnreadBodyIsOverTheDrainLimit() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /ping HTTP/1.1\r\nHost: h\r\nContent-Length: 51\r\n\r\n" + "x".repeat(51)).read();
            assertEquals("pong", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void decodesAUrlEncodedForm() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            String form = "name=J%C3%BCrgen+M&tag=a&tag=b";
            RawClient.RawResponse response = client.send("POST /form HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\r\nContent-Length: "
                    + form.length() + "\r\n\r\n" + form).read();
            assertEquals("{name=[J\u00fcrgen M], tag=[a, b]}", response.text());
        }
    }

    @Test
    void answersAFormOfAnotherContentTypeWith415() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(415, client.send("POST /form HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na=1").read().status());
        }
    }

    @Test
    void decodesTextInTheCharsetOfTheContentType() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /text HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Length: 4\r\n\r\ncaf\u00e9").read();
            assertEquals("caf\u00e9", response.text());
        }
    }

    @Test
    void answersMalformedChunkedFramingWith400AndCloses() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n").read();
            assertEquals(400, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }
}
