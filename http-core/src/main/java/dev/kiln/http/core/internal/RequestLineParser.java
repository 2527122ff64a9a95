package dev.kiln.http.core.internal;

import dev.kiln.http.core.Method;
import dev.kiln.http.core.Status;
import java.nio.charset.StandardCharsets;

/**
 * Parses a request line (RFC 9112 §3) from bytes: {@code method SP request-target SP HTTP-version}.
 *
 * <pre>
 *   GET /search?q=kiln HTTP/1.1          origin form
 *   GET http://example.com/a HTTP/1.1    absolute form (its path and query are used)
 *   OPTIONS * HTTP/1.1                   asterisk form, OPTIONS only
 * </pre>
 *
 * Single spaces only; the method is a case-sensitive token (unknown ones are 501, CONNECT too since
 * the server is no proxy); the target may hold only URI characters (RFC 3986) and well-formed
 * {@code %XX} escapes; the version is {@code HTTP/1.1} or {@code HTTP/1.0} (other {@code HTTP/x.y}
 * is 505). The path is percent-decoded here, once; it must be valid UTF-8 without NUL.
 *
 * <p>One instance per connection: it remembers the last origin-form target, and a request for the
 * same target (the common case on a kept-alive connection) reuses its strings instead of
 * allocating and decoding them again. Not thread-safe.
 */
public final class RequestLineParser {

    private static final boolean[] URI_CHAR = new boolean[128];

    static {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                + "-._~" + "!$&'()*+,;=" + ":@/?%";
        for (int i = 0; i < allowed.length(); i++) {
            URI_CHAR[allowed.charAt(i)] = true;
        }
    }

    private final Latin1Cache lastTarget = new Latin1Cache(1);
    private String lastRawPath;
    private String lastPath;
    private String lastRawQuery;

    /** Creates a parser for one connection. */
    public RequestLineParser() {
    }

    /**
     * Parses one request line into {@code head} (method, target, path, query, version).
     *
     * @param b the buffer
     * @param start the first byte of the line
     * @param end the index after the last byte of the line, before its CRLF
     * @param head where to put the result
     * @throws HttpProtocolException 400 when malformed, 501 for an unknown method, 505 for an
     *     unsupported version
     */
    public void parse(byte[] b, int start, int end, RequestHead head) {
        int i = start;
        while (i < end && HttpBytes.isToken(b[i])) {
            i++;
        }
        if (i == start || i == end || b[i] != ' ') {
            throw new HttpProtocolException(Status.BAD_REQUEST_400,
                    i == start ? "request line does not start with a method" : "malformed request line: expected method SP target SP version");
        }
        Method method = method(b, start, i - start);
        if (method == null) {
            throw new HttpProtocolException(Status.NOT_IMPLEMENTED_501,
                    "method " + new String(b, start, i - start, StandardCharsets.US_ASCII) + " is not implemented");
        }
        if (method == Method.CONNECT) {
            throw new HttpProtocolException(Status.NOT_IMPLEMENTED_501, "CONNECT is not supported: this server is no proxy");
        }
        head.method = method;

        int targetStart = ++i;
        int query = -1;
        boolean escaped = false;
        while (i < end && b[i] != ' ') {
            int c = b[i];
            if (c < 0 || c >= 128 || !URI_CHAR[c]) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, c == '\t' || c == '\r' || c == '\n' || c == 0
                        ? "request target has a control character"
                        : "request target has a character not allowed in a URI (byte 0x" + Integer.toHexString(c & 0xff) + ")");
            }
            if (c == '%') {
                if (i + 2 >= end || !HttpBytes.isHexDigit(b[i + 1]) || !HttpBytes.isHexDigit(b[i + 2])) {
                    throw new HttpProtocolException(Status.BAD_REQUEST_400, "request target has an invalid percent-encoding: % must be followed by two hex digits");
                }
                if (query < 0) {
                    escaped = true;
                }
                i += 2;
            } else if (c == '?' && query < 0) {
                query = i;
            }
            i++;
        }
        if (i == targetStart) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "request line has an empty target");
        }
        if (i == end) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "request line has no HTTP version");
        }
        int targetEnd = i;
        parseVersion(b, targetEnd + 1, end, head);
        parseTarget(b, targetStart, targetEnd, query, escaped, head);
    }

    private static void parseVersion(byte[] b, int start, int end, RequestHead head) {
        if (end - start == 8 && b[start] == 'H' && b[start + 1] == 'T' && b[start + 2] == 'T' && b[start + 3] == 'P'
                && b[start + 4] == '/' && isDigit(b[start + 5]) && b[start + 6] == '.' && isDigit(b[start + 7])) {
            if (b[start + 5] == '1' && b[start + 7] == '1') {
                head.http10 = false;
                return;
            }
            if (b[start + 5] == '1' && b[start + 7] == '0') {
                head.http10 = true;
                return;
            }
            throw new HttpProtocolException(Status.HTTP_VERSION_NOT_SUPPORTED_505,
                    "HTTP version " + new String(b, start, 8, StandardCharsets.US_ASCII) + " is not supported; use HTTP/1.1");
        }
        throw new HttpProtocolException(Status.BAD_REQUEST_400, "malformed HTTP version in the request line");
    }

    private void parseTarget(byte[] b, int start, int end, int query, boolean escaped, RequestHead head) {
        if (b[start] == '/' && lastTarget.matches(0, b, start, end - start)) {
            head.target = lastTarget.get(0);
            head.rawPath = lastRawPath;
            head.path = lastPath;
            head.rawQuery = lastRawQuery;
            return;
        }
        String target = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        head.target = target;
        if (b[start] == '/') {
            if (query < 0) {
                head.rawPath = target;
                head.rawQuery = null;
            } else {
                head.rawPath = target.substring(0, query - start);
                head.rawQuery = target.substring(query - start + 1);
            }
            head.path = escaped ? PercentDecoder.decodePath(head.rawPath) : head.rawPath;
            lastTarget.put(0, b, start, end - start, target);
            lastRawPath = head.rawPath;
            lastPath = head.path;
            lastRawQuery = head.rawQuery;
            return;
        }
        if (end - start == 1 && b[start] == '*') {
            if (head.method != Method.OPTIONS) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "the asterisk target * is only allowed with OPTIONS");
            }
            head.rawPath = "*";
            head.path = "*";
            head.rawQuery = null;
            return;
        }
        parseAbsoluteForm(target, head);
    }

    /** RFC 9112 §3.2.2: {@code http://authority/path?query}; the authority is checked, not used. */
    private static void parseAbsoluteForm(String target, RequestHead head) {
        int colon = target.indexOf("://");
        String scheme = colon > 0 ? target.substring(0, colon) : "";
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400,
                    "request target must start with / or be an absolute http(s) URI");
        }
        int authorityStart = colon + 3;
        int pathStart = authorityStart;
        while (pathStart < target.length() && target.charAt(pathStart) != '/' && target.charAt(pathStart) != '?') {
            pathStart++;
        }
        if (pathStart == authorityStart || target.substring(authorityStart, pathStart).indexOf('@') >= 0) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "absolute request target has an empty or invalid authority");
        }
        int q = target.indexOf('?', pathStart);
        String rawPath = target.substring(pathStart, q < 0 ? target.length() : q);
        head.rawPath = rawPath.isEmpty() ? "/" : rawPath;
        head.rawQuery = q < 0 ? null : target.substring(q + 1);
        head.path = PercentDecoder.decodePath(head.rawPath);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns the method spelled by these bytes (case-sensitive), without allocating.
     *
     * @param b the buffer
     * @param off the first byte
     * @param len the length
     * @return the method, or {@code null} when unknown
     */
    static Method method(byte[] b, int off, int len) {
        return switch (len) {
            case 3 -> is(b, off, "GET") ? Method.GET : is(b, off, "PUT") ? Method.PUT : null;
            case 4 -> is(b, off, "POST") ? Method.POST : is(b, off, "HEAD") ? Method.HEAD : null;
            case 5 -> is(b, off, "PATCH") ? Method.PATCH : is(b, off, "TRACE") ? Method.TRACE : null;
            case 6 -> is(b, off, "DELETE") ? Method.DELETE : null;
            case 7 -> is(b, off, "OPTIONS") ? Method.OPTIONS : is(b, off, "CONNECT") ? Method.CONNECT : null;
            default -> null;
        };
    }

    private static boolean is(byte[] b, int off, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (b[off + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
