package dev.kiln.http.core;

import java.io.InputStream;
import java.net.InetSocketAddress;

/**
 * One HTTP request as the handler sees it: the parsed head and a body that is read only on demand.
 *
 * <p>The body is a stream over the connection: it can be read once, by {@link #body()} or by one of
 * the helpers ({@link #bytes()}, {@link #text()}, {@link #form()}). Reading it past the body limit
 * throws an {@link HttpException} with {@link Status#CONTENT_TOO_LARGE_413}; a client that stalls
 * longer than the body read timeout gets {@link Status#REQUEST_TIMEOUT_408}. For a request with
 * {@code Expect: 100-continue} the interim {@code 100 Continue} is sent when the body is first read.
 * A body the handler leaves unread is drained by the server after the response, up to a limit.
 *
 * <p>A request is used by one thread, the one that runs the handler; it is not valid after the
 * handler has returned.
 */
public interface Request {

    /**
     * Returns the request method.
     *
     * @return the method
     */
    Method method();

    /**
     * Returns the request target exactly as received, e.g. {@code /a%20b?x=1}, {@code *}, or an
     * absolute URI.
     *
     * @return the raw request target
     */
    String target();

    /**
     * Returns the percent-decoded path, e.g. {@code /a b}. For an absolute-form target this is the
     * URI's path; for the asterisk form it is {@code *}. An encoded slash ({@code %2F}) decodes to
     * {@code /}: code that maps paths to files must use {@link #rawPath()}.
     *
     * @return the decoded path, never empty
     */
    String path();

    /**
     * Returns the path as received, still percent-encoded.
     *
     * @return the raw path
     */
    String rawPath();

    /**
     * Returns the query string as received, without the {@code ?}.
     *
     * @return the raw query, or {@code null} when the target has no {@code ?}
     */
    String rawQuery();

    /**
     * Returns the decoded query parameters ({@code +} is a space, as in HTML forms).
     *
     * @return the parameters, empty when there is no query
     */
    Parameters queryParams();

    /**
     * Returns the protocol version, {@code HTTP/1.1} or {@code HTTP/1.0}.
     *
     * @return the version as received
     */
    String version();

    /**
     * Returns the request headers (read-only).
     *
     * @return the headers
     */
    Headers headers();

    /**
     * Returns the first value of a header.
     *
     * @param name the field name, any case
     * @return the value, or {@code null} when absent
     */
    default String header(String name) {
        return headers().first(name);
    }

    /**
     * Returns the {@code Content-Type} header.
     *
     * @return the content type, or {@code null} when absent
     */
    default String contentType() {
        return header(HeaderNames.CONTENT_TYPE);
    }

    /**
     * Returns the body length declared by {@code Content-Length}.
     *
     * @return the length, {@code 0} when there is no body, {@code -1} when the body is chunked
     */
    long contentLength();

    /**
     * Returns the address of the peer.
     *
     * @return the remote socket address
     */
    InetSocketAddress remoteAddress();

    /**
     * Returns whether the request arrived over TLS.
     *
     * @return whether the connection is secure
     */
    boolean isSecure();

    /**
     * Returns the scheme of the listener that received this request.
     *
     * @return {@code "https"} when secure, else {@code "http"}
     */
    default String scheme() {
        return isSecure() ? "https" : "http";
    }

    /**
     * Returns the body as a stream. It is the same stream on every call; it ends at the end of the
     * body, and closing it does not close the connection.
     *
     * @return the body stream, empty when there is no body
     */
    InputStream body();

    /**
     * Reads the whole body.
     *
     * @return the body bytes
     * @throws HttpException 413 when the body is over the limit, 408 when the client stalls,
     *     400 when the chunked framing is malformed
     */
    byte[] bytes();

    /**
     * Reads the whole body as text, in the charset of {@code Content-Type} or else UTF-8.
     *
     * @return the body text
     * @throws HttpException as for {@link #bytes()}
     */
    String text();

    /**
     * Reads an {@code application/x-www-form-urlencoded} body into parameters.
     *
     * @return the decoded form fields
     * @throws HttpException 415 when the content type is not a URL-encoded form, 400 when it is
     *     malformed, and as for {@link #bytes()}
     */
    Parameters form();

    /**
     * Returns the trailer fields of a chunked body (RFC 9112 §7.1.2). They exist only after the body
     * has been read to its end; before that, and for bodies that are not chunked, this is empty.
     *
     * @return the trailer fields, read-only
     */
    default Headers trailers() {
        return new Headers().freeze();
    }

    /**
     * Sets the body limit for this request, replacing the server's default (e.g. a route that takes
     * uploads raises it). It must be called before the body is first read.
     *
     * @param maxBytes the largest body accepted, in bytes
     * @throws IllegalStateException when the body has been read already
     */
    void maxBodySize(long maxBytes);

    /**
     * Returns an attribute that a filter or router attached to this request.
     *
     * @param name the attribute name
     * @return the value, or {@code null}
     */
    Object attribute(String name);

    /**
     * Attaches an attribute to this request, for later filters and the handler.
     *
     * @param name the attribute name
     * @param value the value, or {@code null} to remove it
     */
    void attribute(String name, Object value);
}
