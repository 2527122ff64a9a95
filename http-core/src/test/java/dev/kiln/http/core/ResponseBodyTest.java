package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseBodyTest {

    private static final String LARGE_TEXT = "Kiln serves text. ".repeat(200);

    @TempDir
    Path dir;

    private final HttpServer server = TestServers.start(this::handle);

    private Response handle(Request request) throws IOException {
        return switch (request.path()) {
            case "/stream" -> Response.builder(Status.OK_200).contentType("application/octet-stream").stream((out, trailers) -> {
                out.write("first,".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                out.write("second".getBytes(StandardCharsets.US_ASCII));
                trailers.add("X-Checksum", "12");
            }).build();
            case "/sized-stream" -> Response.builder(Status.OK_200).header("Content-Length", "5")
                    .stream((out, trailers) -> out.write("abcde".getBytes(StandardCharsets.US_ASCII))).build();
            case "/large" -> Response.text(LARGE_TEXT);
            case "/text-stream" -> Response.builder(Status.OK_200).contentType("text/plain").stream((out, trailers) -> {
                out.write(LARGE_TEXT.getBytes(StandardCharsets.UTF_8));
                trailers.add("X-Done", "yes");
            }).build();
            case "/no-content" -> Response.of(Status.NO_CONTENT_204);
            case "/not-modified" -> Response.builder(Status.NOT_MODIFIED_304).body("must not be sent").build();
            case "/file" -> {
                Path file = dir.resolve("data.bin");
                Files.write(file, "0123456789".repeat(1000).getBytes(StandardCharsets.US_ASCII));
                yield Response.builder(Status.OK_200).contentType("application/octet-stream").file(file).build();
            }
            case "/file-region" -> {
                Path file = dir.resolve("region.bin");
                Files.write(file, "0123456789".getBytes(StandardCharsets.US_ASCII));
                yield Response.builder(Status.OK_200).contentType("application/octet-stream").file(file, 2, 5).build();
            }
            case "/big-file" -> {
                Path file = dir.resolve("big.bin");
                if (!Files.exists(file)) {
                    Files.write(file, bigFileContent());
                }
                yield Response.builder(Status.OK_200).contentType("application/octet-stream").file(file, 3, BIG_FILE_SIZE - 10).build();
            }
            case "/wrong-length" -> Response.builder(Status.OK_200).header("Content-Length", "99").body("short").build();
            default -> TestServers.echo(request);
        };
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawClient.RawResponse get(String path, String extraHeaders) throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            return client.send("GET " + path + " HTTP/1.1\r\nHost: h\r\n" + extraHeaders + "\r\n").read();
        }
    }

    @Test
    void sendsAStreamingBodyChunkedWithTrailers() throws IOException {
        RawClient.RawResponse response = get("/stream", "TE: trailers\r\n");
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertNull(response.header("Content-Length"));
        assertEquals("first,second", response.text());
        assertEquals("12", response.trailers().get("x-checksum"));
    }

    @Test
    void sendsAStreamWithADeclaredLengthWithoutChunking() throws IOException {
        RawClient.RawResponse response = get("/sized-stream", "");
        assertEquals("5", response.header("Content-Length"));
        assertNull(response.header("Transfer-Encoding"));
        assertEquals("abcde", response.text());
    }

    @Test
    void sendsAStreamToAnHttp10ClientUntilTheConnectionCloses() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /stream HTTP/1.0\r\n\r\n").read();
            assertNull(response.header("Transfer-Encoding"));
            assertEquals("close", response.header("Connection"));
            assertEquals("first,second", response.text());
        }
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse get = client.send("GET /large HTTP/1.1\r\nHost: h\r\n\r\n").read();
            RawClient.RawResponse head = client.send("HEAD /large HTTP/1.1\r\nHost: h\r\n\r\n").read(true);
            assertEquals(get.header("Content-Length"), head.header("Content-Length"));
            assertEquals(get.header("Content-Type"), head.header("Content-Type"));
            assertEquals(0, head.body().length);
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void sendsNoBodyWith204Or304() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse noContent = client.send("GET /no-content HTTP/1.1\r\nHost: h\r\n\r\n").read();
            assertEquals(204, noContent.status());
            assertNull(noContent.header("Content-Length"));
            assertEquals(304, client.send("GET /not-modified HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
            // nothing stray on the wire: the next response parses cleanly
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    @Test
    void gzipsALargeTextBodyWhenTheClientAcceptsIt() throws IOException {
        RawClient.RawResponse response = get("/large", "Accept-Encoding: br;q=1, gzip;q=0.5\r\n");
        assertEquals("gzip", response.header("Content-Encoding"));
        assertEquals("Accept-Encoding", response.header("Vary"));
        assertTrue(response.body().length < LARGE_TEXT.length() / 4);
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertEquals(LARGE_TEXT, new String(gunzip.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void gzipsAStreamedTextBodyChunkedWhenTheClientAcceptsIt() throws IOException {
        RawClient.RawResponse response = get("/text-stream", "Accept-Encoding: gzip\r\n");
        assertEquals("gzip", response.header("Content-Encoding"));
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertEquals("yes", response.trailers().get("x-done"));
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertEquals(LARGE_TEXT, new String(gunzip.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void neverGzipsABinaryType() throws IOException {
        assertNull(get("/stream", "Accept-Encoding: gzip\r\n").header("Content-Encoding"));
    }

    @Test
    void doesNotGzipWhenTheClientRefusesItButStillVaries() throws IOException {
        RawClient.RawResponse response = get("/large", "Accept-Encoding: gzip;q=0, identity\r\n");
        assertNull(response.header("Content-Encoding"));
        assertEquals("Accept-Encoding", response.header("Vary"));
        assertEquals(LARGE_TEXT, response.text());
    }

    @Test
    void doesNotGzipSmallBodies() throws IOException {
        RawClient.RawResponse response = get("/ping", "Accept-Encoding: gzip\r\n");
        assertNull(response.header("Content-Encoding"));
        assertNull(response.header("Vary"));
    }

    @Test
    void sendsAFileWithItsLength() throws IOException {
        RawClient.RawResponse response = get("/file", "");
        assertEquals("10000", response.header("Content-Length"));
        assertArrayEquals("0123456789".repeat(1000).getBytes(StandardCharsets.US_ASCII), response.body());
    }

    @Test
    void sendsARegionOfAFile() throws IOException {
        assertEquals("23456", get("/file-region", "").text());
    }

    @Test
    void sendsPipelinedSmallAndLargeFilesInOrder() throws IOException {
        // a small region goes out in the head's buffer, a 10,000-byte file from the file after it
        String get = "GET %s HTTP/1.1\r\nHost: h\r\n\r\n";
        try (RawClient client = new RawClient(server.port())) {
            client.send(get.formatted("/file-region") + get.formatted("/file") + get.formatted("/file-region") + get.formatted("/ping"));
            assertEquals("23456", client.read().text());
            assertArrayEquals("0123456789".repeat(1000).getBytes(StandardCharsets.US_ASCII), client.read().body());
            assertEquals("23456", client.read().text());
            assertEquals("pong", client.read().text());
        }
    }

    @Test
    void sendsAFileLargerThanTheSocketBuffersToASlowReaderAndKeepsTheConnection() throws Exception {
        byte[] expected = java.util.Arrays.copyOfRange(bigFileContent(), 3, BIG_FILE_SIZE - 7);
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /big-file HTTP/1.1\r\nHost: h\r\n\r\nGET /big-file HTTP/1.1\r\nHost: h\r\n\r\n");
            Thread.sleep(300); // the server fills the socket buffers and must wait for room
            for (int i = 0; i < 2; i++) {
                RawClient.RawResponse response = client.read();
                assertEquals(Integer.toString(expected.length), response.header("Content-Length"));
                assertArrayEquals(expected, response.body());
            }
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
        }
    }

    private static final int BIG_FILE_SIZE = 8 << 20;

    private static byte[] bigFileContent() {
        byte[] content = new byte[BIG_FILE_SIZE];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + (i >>> 11));
        }
        return content;
    }

    @Test
    void answers500WhenTheDeclaredContentLengthDoesNotMatchTheBody() throws IOException {
        assertEquals(500, get("/wrong-length", "").status());
    }
}
