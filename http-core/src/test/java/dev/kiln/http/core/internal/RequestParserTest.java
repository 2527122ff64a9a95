package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.ServerLimits;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParserTest {

    private static final ServerLimits LIMITS = ServerLimits.defaults();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RequestHead parse(String request) throws IOException {
        return parse(request, LIMITS);
    }

    private static RequestHead parse(String request, ServerLimits limits) throws IOException {
        return new RequestParser(limits).parse(new ConnectionInput(new ByteArrayInputStream(bytes(request)), 64));
    }

    private static int statusOf(String request) {
        return statusOf(request, LIMITS);
    }

    private static int statusOf(String request, ServerLimits limits) {
        return assertThrows(HttpProtocolException.class, () -> parse(request, limits)).status().code();
    }

    @Test
    void parsesAMinimalGet() throws IOException {
        RequestHead head = parse("GET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(Method.GET, head.method());
        assertEquals("/ping", head.target());
        assertEquals("/ping", head.path());
        assertNull(head.rawQuery());
        assertEquals("HTTP/1.1", head.version());
        assertEquals("localhost", head.headers().first("host"));
        assertEquals(0, head.contentLength());
        assertTrue(head.keepAlive());
    }

    @Test
    void splitsPathAndQueryAndDecodesThePathOnce() throws IOException {
        RequestHead head = parse("GET /a%20b/%2541?x=1&y=%20 HTTP/1.1\r\nHost: h\r\n\r\n");
        assertEquals("/a%20b/%2541", head.rawPath());
        assertEquals("/a b/%41", head.path());
        assertEquals("x=1&y=%20", head.rawQuery());
    }

    @Test
    void takesPathAndQueryFromAnAbsoluteFormTarget() throws IOException {
        RequestHead head = parse("GET http://example.com:8080/a/b?q=1 HTTP/1.1\r\nHost: example.com:8080\r\n\r\n");
        assertEquals("/a/b", head.path());
        assertEquals("q=1", head.rawQuery());
        assertEquals("http://example.com:8080/a/b?q=1", head.target());
        assertEquals("/", parse("GET http://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n").path());
    }

    @Test
    void acceptsTheAsteriskFormForOptions() throws IOException {
        assertEquals("*", parse("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n").path());
    }

    @Test
    void ignoresEmptyLinesBeforeTheRequestLine() throws IOException {
        assertEquals("/x", parse("\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n").path());
    }

    @Test
    void combinesRepeatedFieldsAndKeepsCanonicalNames() throws IOException {
        RequestHead head = parse("GET / HTTP/1.1\r\nhost: h\r\nAccept: a\r\nX-Tag: 1\r\naccept: b\r\nx-tag: 2\r\nCookie: a=1\r\ncookie: b=2\r\n\r\n");
        assertEquals("a, b", head.headers().first(HeaderNames.ACCEPT));
        assertEquals("1, 2", head.headers().first("X-TAG"));
        assertEquals("a=1; b=2", head.headers().first("cookie"));
        assertEquals(HeaderNames.HOST, head.headers().nameAt(0));
        assertEquals(4, head.headers().size());
    }

    @Test
    void trimsOptionalWhitespaceAroundValues() throws IOException {
        assertEquals("v  w", parse("GET / HTTP/1.1\r\nHost: h\r\nX:  \t v  w \t\r\n\r\n").headers().first("x"));
        assertEquals("", parse("GET / HTTP/1.1\r\nHost: h\r\nX:\r\n\r\n").headers().first("x"));
    }

    @Test
    void readsContentLengthAndChunkedFraming() throws IOException {
        assertEquals(5, parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n").contentLength());
        assertEquals(5, parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n").contentLength());
        assertTrue(parse("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n").isChunked());
        assertTrue(parse("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n").isChunked());
    }

    @Test
    void keepsAliveByDefaultInHttp11AndOnlyOnRequestInHttp10() throws IOException {
        assertTrue(parse("GET / HTTP/1.1\r\nHost: h\r\n\r\n").keepAlive());
        assertEquals(false, parse("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").keepAlive());
        assertEquals(false, parse("GET / HTTP/1.0\r\n\r\n").keepAlive());
        assertTrue(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepAlive());
    }

    @Test
    void notesExpectContinue() throws IOException {
        assertTrue(parse("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n").expectContinue());
    }

    @Test
    void acceptsHostNamesAddressesAndPorts() throws IOException {
        for (String host : new String[] {"example.com", "example.com:8080", "127.0.0.1:80", "[::1]:8443", "xn--bcher-kva.example", ""}) {
            assertEquals(host, parse("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").headers().first("Host"));
        }
    }

    @Test
    void returnsNullWhenTheStreamEndsBeforeARequest() throws IOException {
        assertNull(parse(""));
    }

    @Test
    void reportsAStreamEndingInsideTheHead() {
        assertThrows(EOFException.class, () -> parse("GET / HTTP/1.1\r\nHost: h\r\n"));
        assertThrows(EOFException.class, () -> parse("GET / HT"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GET  / HTTP/1.1                          | 400",
        "GET / HTTP/1.1 \\u0020                   | 400",
        "' GET / HTTP/1.1'                        | 400",
        "get / HTTP/1.1                           | 501",
        "BREW / HTTP/1.1                          | 501",
        "CONNECT example.com:443 HTTP/1.1         | 501",
        "G@T / HTTP/1.1                           | 400",
        "GET / HTTP/2.0                           | 505",
        "GET / HTTP/1.2                           | 505",
        "GET / HTTX/1.1                           | 400",
        "GET / http/1.1                           | 400",
        "GET /a b HTTP/1.1                        | 400",
        "GET / HTTP/1.1x                          | 400",
        "GET /                                    | 400",
        "GET /%zz HTTP/1.1                        | 400",
        "GET /%4 HTTP/1.1                         | 400",
        "GET /a%00b HTTP/1.1                      | 400",
        "GET /%C3%28 HTTP/1.1                     | 400",
        "GET a/b HTTP/1.1                         | 400",
        "GET * HTTP/1.1                           | 400",
        "GET /<script> HTTP/1.1                   | 400",
        "GET /page#frag HTTP/1.1                  | 400",
        "GET ftp://example.com/ HTTP/1.1          | 400",
        "GET http:///nohost HTTP/1.1              | 400",
    })
    void rejectsMalformedRequestLines(String line, int status) {
        String unescaped = line.replace("\\u0020", " ");
        assertEquals(status, statusOf(unescaped + "\r\nHost: h\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Host: h\r\nBad Name: v",
        "Host: h\r\nX : v",
        "Host: h\r\nX\t: v",
        "Host: h\r\nX: v\r\n folded",
        "Host: h\r\nX: v\r\n\tfolded",
        "Host: h\r\n: v",
        "Host: h\r\nNoColon",
        "Host: h\r\nX: a\rb",
        "Host: h\r\nX: a\u0000b",
        "Host: h\r\nX: a\u0001b",
        "Host: h\r\nX: a\u007fb",
        "Host: h\r\nX(y): v",
        "Host: h\r\nX: v\nY: w",
        "X: v",
        "Host: a\r\nHost: b",
        "Host: a\r\nHost: a",
        "Host: exa mple.com",
        "Host: user@example.com",
        "Host: example.com/path",
        "Host: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked",
        "Host: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 5",
        "Host: h\r\nContent-Length: 5\r\nContent-Length: 6",
        "Host: h\r\nContent-Length: 5, 6",
        "Host: h\r\nContent-Length: abc",
        "Host: h\r\nContent-Length: -1",
        "Host: h\r\nContent-Length: +5",
        "Host: h\r\nContent-Length: 0x10",
        "Host: h\r\nContent-Length: 1 2",
        "Host: h\r\nContent-Length: ",
        "Host: h\r\nTransfer-Encoding: chunked, chunked",
        "Host: h\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked",
        "Host: h\r\nTransfer-Encoding: chunked, identity",
    })
    void rejectsMalformedHeaderSectionsWith400(String fields) {
        assertEquals(400, statusOf("POST / HTTP/1.1\r\n" + fields + "\r\n\r\n"));
    }

    @Test
    void rejectsALineEndingInABareLf() {
        assertEquals(400, statusOf("GET / HTTP/1.1\nHost: h\n\n"));
    }

    @Test
    void rejectsTransferEncodingInHttp10() {
        assertEquals(400, statusOf("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"));
    }

    @Test
    void answersAnUnknownTransferCodingWith501() {
        assertEquals(501, statusOf("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"));
        assertEquals(501, statusOf("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n"));
    }

    @Test
    void answersAnUnknownExpectationWith417() {
        assertEquals(417, statusOf("POST / HTTP/1.1\r\nHost: h\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\n"));
    }

    @Test
    void answersAHugeContentLengthWith413() {
        assertEquals(413, statusOf("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n"));
    }

    @Test
    void acceptsARequestLineOfExactlyTheLimitAndRejectsOneByteMoreWith414() throws IOException {
        ServerLimits limits = LIMITS.withMaxRequestLineLength(64);
        String atLimit = "GET /" + "a".repeat(64 - "GET / HTTP/1.1".length()) + " HTTP/1.1";
        assertEquals(64, atLimit.length());
        assertEquals(Method.GET, parse(atLimit + "\r\nHost: h\r\n\r\n", limits).method());
        String overLimit = "GET /" + "a".repeat(65 - "GET / HTTP/1.1".length()) + " HTTP/1.1";
        assertEquals(414, statusOf(overLimit + "\r\nHost: h\r\n\r\n", limits));
    }

    @Test
    void acceptsAHeaderSectionOfExactlyTheLimitAndRejectsOneByteMoreWith431() throws IOException {
        ServerLimits limits = LIMITS.withMaxHeaderSectionSize(100);
        String host = "Host: h\r\n";
        String atLimit = host + "X: " + "v".repeat(100 - host.length() - "X: \r\n".length()) + "\r\n";
        assertEquals(100, atLimit.length());
        assertEquals(2, parse("GET / HTTP/1.1\r\n" + atLimit + "\r\n", limits).headers().size());
        String overLimit = host + "X: " + "v".repeat(101 - host.length() - "X: \r\n".length()) + "\r\n";
        assertEquals(431, statusOf("GET / HTTP/1.1\r\n" + overLimit + "\r\n", limits));
    }

    @Test
    void acceptsExactlyTheMaximumFieldCountAndRejectsOneMoreWith431() throws IOException {
        ServerLimits limits = LIMITS.withMaxHeaderCount(5);
        StringBuilder fields = new StringBuilder("Host: h\r\n");
        for (int i = 1; i < 5; i++) {
            fields.append("X-").append(i).append(": v\r\n");
        }
        assertEquals(5, parse("GET / HTTP/1.1\r\n" + fields + "\r\n", limits).headers().size());
        assertEquals(431, statusOf("GET / HTTP/1.1\r\n" + fields + "X-5: v\r\n\r\n", limits));
    }

    private static final String PIPELINE =
            "POST /upload?name=a%20b HTTP/1.1\r\nHost: example.com\r\nContent-Length: 11\r\nX-Trace: 1\r\n\r\nhello world"
            + "POST /chunks HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: 42\r\n\r\n"
            + "GET /next HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n";

    @Test
    void parsesTheSamePipelineWhereverTheBytesAreSplit() throws IOException {
        byte[] data = bytes(PIPELINE);
        for (int split = 1; split < data.length; split++) {
            assertPipeline(new SplitInputStream(data, split, data.length), "split at " + split);
        }
    }

    @Test
    void parsesThePipelineArrivingOneByteAtATime() throws IOException {
        assertPipeline(SplitInputStream.oneBytePerRead(bytes(PIPELINE)), "one byte per read");
    }

    private static void assertPipeline(InputStream stream, String how) throws IOException {
        ConnectionInput in = new ConnectionInput(stream, 16);
        RequestParser parser = new RequestParser(LIMITS);

        RequestHead first = parser.parse(in);
        assertEquals("/upload", first.path(), how);
        assertEquals("name=a%20b", first.rawQuery(), how);
        assertEquals("1", first.headers().first("x-trace"), how);
        assertEquals("hello world", new String(new FixedLengthBodyInputStream(in, first.contentLength()).readAllBytes(), StandardCharsets.US_ASCII), how);

        RequestHead second = parser.parse(in);
        assertTrue(second.isChunked(), how);
        ChunkedBodyInputStream chunked = new ChunkedBodyInputStream(in, parser.headerParser());
        assertEquals("hello world", new String(chunked.readAllBytes(), StandardCharsets.US_ASCII), how);
        assertEquals("42", chunked.trailers().first("X-Checksum"), how);

        RequestHead third = parser.parse(in);
        assertEquals("/next", third.path(), how);
        assertEquals(false, third.keepAlive(), how);
        assertNull(parser.parse(in), how);
    }
}
