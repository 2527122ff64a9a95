package dev.kiln.http.core.internal;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Method;

/**
 * The parsed head of one request: request line, headers and the body framing decided from them.
 * Filled by {@link RequestParser}; read-only for everyone else.
 */
public final class RequestHead {

    Method method;
    String target;
    String rawPath;
    String path;
    String rawQuery;
    boolean http10;
    Headers headers;
    /** The declared body length, 0 for none, -1 for chunked. */
    long contentLength;
    boolean expectContinue;
    boolean keepAlive;

    /** Returns the method. @return the method */
    public Method method() {
        return method;
    }

    /** Returns the request target as received. @return the target */
    public String target() {
        return target;
    }

    /** Returns the path, still percent-encoded. @return the raw path */
    public String rawPath() {
        return rawPath;
    }

    /** Returns the percent-decoded path. @return the path */
    public String path() {
        return path;
    }

    /** Returns the query without its {@code ?}, or {@code null}. @return the raw query */
    public String rawQuery() {
        return rawQuery;
    }

    /** Returns whether the request is HTTP/1.0 (else HTTP/1.1). @return whether HTTP/1.0 */
    public boolean isHttp10() {
        return http10;
    }

    /** Returns the version as a string. @return {@code HTTP/1.0} or {@code HTTP/1.1} */
    public String version() {
        return http10 ? "HTTP/1.0" : "HTTP/1.1";
    }

    /** Returns the headers, read-only. @return the headers */
    public Headers headers() {
        return headers;
    }

    /** Returns the declared body length: 0 for none, -1 for chunked. @return the length */
    public long contentLength() {
        return contentLength;
    }

    /** Returns whether the body is chunked. @return whether chunked */
    public boolean isChunked() {
        return contentLength < 0;
    }

    /** Returns whether the client sent {@code Expect: 100-continue}. @return whether it waits for 100 */
    public boolean expectContinue() {
        return expectContinue;
    }

    /** Returns whether the client wants the connection kept open. @return whether to keep alive */
    public boolean keepAlive() {
        return keepAlive;
    }
}
