package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same requests as elsewhere, each written one byte per TCP write. */
class ByteByByteTest {

    private final HttpServer server = TestServers.start(request -> switch (request.path()) {
        case "/trailers" -> Response.text(request.text() + "|" + request.trailers().first("X-Sum"));
        default -> TestServers.echo(request);
    });

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesAGetWrittenOneByteAtATime() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("pong", client.sendByteByByte("GET /ping HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n").read().text());
        }
    }

    @Test
    void readsAContentLengthBodyWrittenOneByteAtATime() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("hello", client.sendByteByByte("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello").read().text());
        }
    }

    @Test
    void readsAChunkedBodyWithTrailersWrittenOneByteAtATime() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            String request = "POST /trailers HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Sum: 5\r\n\r\n";
            assertEquals("abcde|5", client.sendByteByByte(request).read().text());
        }
    }

    @Test
    void servesPipelinedRequestsWrittenOneByteAtATime() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.sendByteByByte("GET /ping HTTP/1.1\r\nHost: h\r\n\r\nPOST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nokGET /ping HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals("pong", client.read().text());
            assertEquals("ok", client.read().text());
            assertEquals("pong", client.read().text());
        }
    }

    @Test
    void rejectsAMalformedRequestWrittenOneByteAtATime() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(400, client.sendByteByByte("GET /ping HTTP/1.1\r\nHost: h\r\nX : y\r\n\r\n").read().status());
        }
    }
}
