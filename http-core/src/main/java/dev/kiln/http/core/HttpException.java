package dev.kiln.http.core;

import java.util.Objects;

/**
 * Ends request handling with an error status. Thrown from a handler, a filter, or from the
 * request's body methods, it becomes a response with this status, this message as a short text
 * body, and these headers. The message is sent to the client: keep internals out of it.
 *
 * <p>The server looks for the first {@code HttpException} in the cause chain of whatever a handler
 * throws, so one wrapped by a library (e.g. inside an {@link java.io.UncheckedIOException}) still
 * decides the status.
 */
public class HttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final transient Headers headers = new Headers();

    /**
     * Creates an exception that answers with this status and message.
     *
     * @param status the status to answer with, 4xx or 5xx
     * @param message the text sent to the client
     */
    public HttpException(Status status, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Creates an exception that answers with this status and message, keeping a cause for the log.
     *
     * @param status the status to answer with, 4xx or 5xx
     * @param message the text sent to the client
     * @param cause the underlying failure, logged but never sent
     */
    public HttpException(Status status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Returns the status to answer with.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the headers to add to the error response (e.g. {@code Allow} for a 405).
     *
     * @return the headers, mutable
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Adds a header to the error response.
     *
     * @param name the field name
     * @param value the value
     * @return this exception
     */
    public HttpException withHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }
}
