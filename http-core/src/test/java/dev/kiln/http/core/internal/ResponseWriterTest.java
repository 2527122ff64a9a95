package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseWriterTest {

    /** Counts the writes that reach the socket. */
    private static final class Wire extends ByteArrayOutputStream {
        int writes;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            super.write(b, off, len);
        }

        String text() {
            return toString(StandardCharsets.ISO_8859_1).replaceAll("Date: [^\r]+\r\n", "Date: *\r\n");
        }
    }

    private final Wire wire = new Wire();
    private final ResponseWriter writer = new ResponseWriter(wire, 8192, Compression.defaults());

    @Test
    void writesASmallResponseInOneWrite() throws IOException {
        assertTrue(writer.send(Response.text("pong"), false, false, true, null));
        writer.flush();
        assertEquals(1, wire.writes);
        assertEquals("HTTP/1.1 200 OK\r\nDate: *\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\n\r\npong", wire.text());
    }

    @Test
    void writesNothingUntilFlushedSoPipelinedResponsesGoOutTogether() throws IOException {
        writer.send(Response.text("one"), false, false, true, null);
        writer.send(Response.text("two"), false, false, true, null);
        assertEquals(0, wire.writes);
        writer.flush();
        assertEquals(1, wire.writes);
    }

    @Test
    void sendsAValidDateHeader() throws IOException {
        writer.send(Response.text("x"), false, false, true, null);
        writer.flush();
        assertTrue(wire.toString(StandardCharsets.US_ASCII).matches("(?s).*\r\nDate: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\r\n.*"));
    }

    @Test
    void announcesClosingAndHttp10KeepAlive() throws IOException {
        assertFalse(writer.send(Response.text("a"), false, false, false, null));
        assertTrue(writer.send(Response.text("b"), false, true, true, null));
        writer.flush();
        String text = wire.text();
        assertTrue(text.contains("Content-Length: 1\r\nConnection: close\r\n\r\na"), text);
        assertTrue(text.contains("Content-Length: 1\r\nConnection: keep-alive\r\n\r\nb"), text);
    }

    @Test
    void honoursConnectionCloseSetByTheHandler() throws IOException {
        assertFalse(writer.send(Response.text("a").withHeader("Connection", "close"), false, false, true, null));
    }

    @Test
    void writesHeadersButNoBodyForHead() throws IOException {
        writer.send(Response.text("pong"), true, false, true, null);
        writer.flush();
        assertTrue(wire.text().endsWith("Content-Length: 4\r\n\r\n"), wire.text());
    }

    @Test
    void writesNeitherBodyNorLengthFor204() throws IOException {
        writer.send(Response.builder(Status.NO_CONTENT_204).body("ignored").build(), false, false, true, null);
        writer.flush();
        assertEquals("HTTP/1.1 204 No Content\r\nDate: *\r\n\r\n", wire.text());
    }

    @Test
    void writesAStreamAsChunksWithTrailers() throws IOException {
        writer.send(Response.builder(Status.OK_200).stream((out, trailers) -> {
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            out.write(" world".getBytes(StandardCharsets.US_ASCII));
            trailers.add("X-Count", "2");
        }).build(), false, false, true, null);
        writer.flush();
        assertEquals("HTTP/1.1 200 OK\r\nDate: *\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\nX-Count: 2\r\n\r\n", wire.text());
    }

    @Test
    void refusesAMismatchedContentLengthBeforeWritingAnything() throws IOException {
        Response wrong = Response.builder(Status.OK_200).header("Content-Length", "10").body("short").build();
        assertThrows(InvalidResponseException.class, () -> writer.send(wrong, false, false, true, null));
        writer.flush();
        assertEquals(0, wire.size());
    }

    @Test
    void keepsTheHandlersDateAndDropsItsTransferEncoding() throws IOException {
        writer.send(Response.text("x").toBuilder().header("Date", "Sun, 06 Nov 1994 08:49:37 GMT").header("Transfer-Encoding", "gzip").build(), false, false, true, null);
        writer.flush();
        String text = wire.toString(StandardCharsets.US_ASCII);
        assertTrue(text.contains("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n"), text);
        assertFalse(text.contains("Transfer-Encoding"), text);
    }

    @Test
    void gzipsWhenTheRequestAcceptsIt() throws IOException {
        Headers request = new Headers().add("Accept-Encoding", "gzip");
        writer.send(Response.text("z".repeat(5000)), false, false, true, request);
        writer.flush();
        String text = wire.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("Vary: Accept-Encoding\r\nContent-Encoding: gzip\r\nContent-Length: "), text);
        assertTrue(writer.bodyBytes() < 100);
    }

    @Test
    void writesABodyLargerThanTheBufferCompletely() throws IOException {
        byte[] big = new byte[100_000];
        writer.send(Response.builder(Status.OK_200).body(big).build(), false, false, true, null);
        writer.flush();
        assertTrue(wire.text().contains("Content-Length: 100000\r\n"));
        assertEquals(100_000, writer.bodyBytes());
        int head = wire.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
        assertEquals(head + 100_000, wire.size());
    }
}
