package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.HttpException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedBodyInputStreamTest {

    private static ChunkedBodyInputStream chunked(InputStream source) {
        return new ChunkedBodyInputStream(new ConnectionInput(source, 16), new HeaderParser(1024, 10));
    }

    private static ChunkedBodyInputStream chunked(String wire) {
        return chunked(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String readAll(ChunkedBodyInputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void decodesChunksUpToTheLastOne() throws IOException {
        ChunkedBodyInputStream body = chunked("3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n");
        assertEquals("abc0123456789", readAll(body));
        assertTrue(body.isDone());
        assertTrue(body.trailers().isEmpty());
    }

    @Test
    void acceptsUpperAndLowerCaseHexSizes() throws IOException {
        assertEquals(26, chunked("1a\r\n" + "x".repeat(26) + "\r\n0\r\n\r\n").readAllBytes().length);
        assertEquals(26, chunked("1A\r\n" + "x".repeat(26) + "\r\n0\r\n\r\n").readAllBytes().length);
    }

    @Test
    void ignoresChunkExtensions() throws IOException {
        assertEquals("abc", readAll(chunked("3;name=value;flag\r\nabc\r\n0;last=\"yes\"\r\n\r\n")));
        assertEquals("abc", readAll(chunked("3 ; name=value\r\nabc\r\n0\r\n\r\n")));
    }

    @Test
    void readsTrailerFields() throws IOException {
        ChunkedBodyInputStream body = chunked("3\r\nabc\r\n0\r\nX-Checksum: 99\r\nX-Other: a\r\n\r\n");
        readAll(body);
        assertEquals("99", body.trailers().first("x-checksum"));
        assertEquals(2, body.trailers().size());
    }

    @Test
    void stopsAtTheEndOfTheBodyAndLeavesTheNextRequestBuffered() throws IOException {
        ConnectionInput in = new ConnectionInput(new ByteArrayInputStream("1\r\na\r\n0\r\n\r\nGET".getBytes(StandardCharsets.US_ASCII)), 64);
        ChunkedBodyInputStream body = new ChunkedBodyInputStream(in, new HeaderParser(1024, 10));
        assertEquals("a", readAll(body));
        assertEquals(3, in.buffered());
    }

    @Test
    void decodesTheSameBodyWhereverTheBytesAreSplit() throws IOException {
        byte[] wire = "4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nT: v\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int split = 1; split < wire.length; split++) {
            ChunkedBodyInputStream body = chunked(new SplitInputStream(wire, split, 1));
            assertEquals("Wikipedia", readAll(body), "split at " + split);
            assertEquals("v", body.trailers().first("T"), "split at " + split);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "g\r\nabc\r\n0\r\n\r\n",
        "\r\nabc\r\n0\r\n\r\n",
        "3\nabc\r\n0\r\n\r\n",
        "3\r\nabcX\r\n0\r\n\r\n",
        "3\r\nabc0\r\n\r\n",
        "3x\r\nabc\r\n0\r\n\r\n",
        "3;a\u0000b\r\nabc\r\n0\r\n\r\n",
        "-3\r\nabc\r\n0\r\n\r\n",
        "ffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
        "3\r\nabc\r\n0\r\nBad Trailer: x\r\n\r\n",
        "3\r\nabc\r\n0\r\n folded\r\n\r\n",
        "3\r\nab",
        "3\r\nabc\r\n",
    })
    void rejectsMalformedChunkedFramingWith400(String wire) {
        HttpException e = assertThrows(HttpException.class, () -> readAll(chunked(wire)));
        assertEquals(400, e.status().code());
    }

    @Test
    void rejectsATrailerSectionOverTheLimitWith431() {
        ChunkedBodyInputStream body = new ChunkedBodyInputStream(
                new ConnectionInput(new ByteArrayInputStream(("0\r\nX: " + "v".repeat(100) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)), 16),
                new HeaderParser(50, 10));
        assertEquals(431, assertThrows(HttpException.class, () -> readAll(body)).status().code());
    }

    @Test
    void isNotDoneBeforeTheLastChunk() throws IOException {
        ChunkedBodyInputStream body = chunked("3\r\nabc\r\n0\r\n\r\n");
        assertEquals(3, body.read(new byte[3], 0, 3));
        assertFalse(body.isDone());
    }
}
