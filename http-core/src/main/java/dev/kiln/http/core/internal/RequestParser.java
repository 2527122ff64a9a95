package dev.kiln.http.core.internal;

import dev.kiln.http.core.ServerLimits;
import dev.kiln.http.core.Status;
import java.io.EOFException;
import java.io.IOException;

/**
 * Reads one request head from a connection's buffer: the request line ({@link RequestLineParser}),
 * the header section ({@link HeaderParser}), then the rules that decide the body framing and the
 * connection's fate (RFC 9112 §6.3, §9.3):
 *
 * <ul>
 *   <li>HTTP/1.1 needs exactly one {@code Host} (400 when missing or repeated);</li>
 *   <li>{@code Transfer-Encoding} with {@code Content-Length}, or in HTTP/1.0, is a smuggling shape (400);
 *       a coding other than a final {@code chunked} is 501;</li>
 *   <li>{@code Content-Length} must be digits; repeated values must agree (400);</li>
 *   <li>{@code Expect} other than {@code 100-continue} is 417;</li>
 *   <li>keep-alive is the default in HTTP/1.1 and opt-in in HTTP/1.0; {@code Connection: close} wins.</li>
 * </ul>
 *
 * One instance per connection, reused; not thread-safe. Usable on bytes in memory:
 * {@code new RequestParser(ServerLimits.defaults()).parse(new ConnectionInput(new ByteArrayInputStream(bytes), 8192))}.
 */
public final class RequestParser {

    private static final int MAX_EMPTY_LINES = 8;

    private final int maxRequestLineLength;
    private final RequestLineParser requestLineParser = new RequestLineParser();
    private final HeaderParser headerParser;

    /**
     * Creates a parser with these limits.
     *
     * @param limits the request line and header section limits
     */
    public RequestParser(ServerLimits limits) {
        this.maxRequestLineLength = limits.maxRequestLineLength();
        this.headerParser = new HeaderParser(limits.maxHeaderSectionSize(), limits.maxHeaderCount());
    }

    /**
     * Returns the header parser, for trailer sections of chunked bodies on the same connection.
     *
     * @return the header parser
     */
    public HeaderParser headerParser() {
        return headerParser;
    }

    /**
     * Parses the next request head.
     *
     * @param in the connection's input
     * @return the head, or {@code null} when the stream ended cleanly before a request began
     * @throws HttpProtocolException when the head is malformed or over a limit
     * @throws EOFException when the stream ended inside the head
     * @throws IOException when reading fails or times out
     */
    public RequestHead parse(ConnectionInput in) throws IOException {
        int lf;
        int emptyLines = 0;
        while (true) {
            if (in.buffered() == 0 && !in.fill()) {
                if (emptyLines == 0) {
                    return null;
                }
                throw new EOFException("stream ended before the request line");
            }
            int first = in.buffer()[in.position()];
            if (first != '\r' && !HttpBytes.isToken((byte) first)) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, first == 0x16
                        ? "this is a TLS handshake on a plain-HTTP port; use http://"
                        : "request does not start with a method");
            }
            lf = in.lineEnd(maxRequestLineLength);
            if (lf == ConnectionInput.TOO_LONG) {
                throw new HttpProtocolException(Status.URI_TOO_LONG_414, "request line is longer than " + maxRequestLineLength + " bytes");
            }
            if (lf == ConnectionInput.END_OF_STREAM) {
                throw new EOFException("stream ended inside the request line");
            }
            byte[] b = in.buffer();
            int start = in.position();
            if (lf == start || b[lf - 1] != '\r') {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "request line ends with a bare LF; lines must end with CRLF");
            }
            if (lf - 1 > start) {
                break;
            }
            // RFC 9112 §2.2: ignore empty lines before the request line (robustness), a few at most.
            in.consumeTo(lf + 1);
            if (++emptyLines > MAX_EMPTY_LINES) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "too many empty lines before the request line");
            }
        }
        RequestHead head = new RequestHead();
        requestLineParser.parse(in.buffer(), in.position(), lf - 1, head);
        in.consumeTo(lf + 1);
        head.headers = headerParser.parse(in);
        applyFramingRules(head);
        return head;
    }

    private void applyFramingRules(RequestHead head) {
        HeaderParser fields = headerParser;
        String host = fields.known(KnownHeaderNames.HOST);
        if (host == null) {
            if (!head.http10) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "HTTP/1.1 request without a Host header");
            }
        } else if (host.indexOf(',') >= 0) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "more than one Host header");
        } else {
            checkHost(host);
        }

        String transferEncoding = fields.known(KnownHeaderNames.TRANSFER_ENCODING);
        String contentLength = fields.known(KnownHeaderNames.CONTENT_LENGTH);
        if (transferEncoding != null) {
            if (contentLength != null) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "request has both Content-Length and Transfer-Encoding");
            }
            if (head.http10) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "Transfer-Encoding is not allowed in an HTTP/1.0 request");
            }
            checkChunkedOnly(transferEncoding);
            head.contentLength = -1;
        } else if (contentLength != null) {
            head.contentLength = parseContentLength(contentLength);
        } else {
            head.contentLength = 0;
        }

        String expect = fields.known(KnownHeaderNames.EXPECT);
        if (expect != null) {
            if (!expect.equalsIgnoreCase("100-continue")) {
                throw new HttpProtocolException(Status.EXPECTATION_FAILED_417, "only the expectation 100-continue is supported");
            }
            head.expectContinue = !head.http10 && head.contentLength != 0;
        }

        String connection = fields.known(KnownHeaderNames.CONNECTION);
        if (head.http10) {
            head.keepAlive = TokenList.contains(connection, "keep-alive") && !TokenList.contains(connection, "close");
        } else {
            head.keepAlive = connection == null || !TokenList.contains(connection, "close");
        }
    }

    /** RFC 9112 §3.2: {@code uri-host [ ":" port ]}; no user info, no whitespace. */
    private static void checkHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+;=:%[]".indexOf(c) >= 0;
            if (!allowed) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "Host header is not a valid host[:port]");
            }
        }
    }

    /** RFC 9112 §6.1: the only coding the server decodes is chunked, and it must come last, once. */
    private static void checkChunkedOnly(String transferEncoding) {
        int chunked = 0;
        boolean chunkedLast = false;
        for (String element : transferEncoding.split(",")) {
            String coding = element.strip();
            if (coding.isEmpty()) {
                continue;
            }
            if (coding.equalsIgnoreCase("chunked")) {
                chunked++;
                chunkedLast = true;
            } else {
                if (coding.indexOf(';') >= 0 || coding.indexOf(' ') >= 0) {
                    throw new HttpProtocolException(Status.BAD_REQUEST_400, "malformed Transfer-Encoding");
                }
                if (chunked > 0) {
                    throw new HttpProtocolException(Status.BAD_REQUEST_400, "chunked must be the last transfer coding");
                }
                throw new HttpProtocolException(Status.NOT_IMPLEMENTED_501, "transfer coding " + coding + " is not supported");
            }
        }
        if (chunked != 1 || !chunkedLast) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, chunked == 0
                    ? "Transfer-Encoding names no coding" : "chunked is applied more than once");
        }
    }

    /** RFC 9112 §6.3: 1*DIGIT; a list of identical values (from repeated fields) counts as one. */
    static long parseContentLength(String value) {
        long result = -1;
        int length = value.length();
        int i = 0;
        while (i < length) {
            while (i < length && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            long n = 0;
            while (i < length && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                if (i - start >= 18) {
                    throw new HttpProtocolException(Status.CONTENT_TOO_LARGE_413, "Content-Length is too large");
                }
                n = n * 10 + (value.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "Content-Length is not a non-negative number");
            }
            while (i < length && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < length && value.charAt(i) != ',') {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "Content-Length is not a non-negative number");
            }
            if (result >= 0 && result != n) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "differing Content-Length values");
            }
            result = n;
            i++;
        }
        if (result < 0) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "Content-Length is empty");
        }
        return result;
    }
}
