package dev.kiln.http.core;

/**
 * Turns a request into a response. This is the one thing an application gives the server.
 *
 * <p>Handlers are called concurrently, each call on the virtual thread of its connection. A handler
 * may throw: an {@link HttpException} anywhere in the cause chain becomes its status and message,
 * anything else becomes a {@code 500 Internal Server Error} with a generic body, logged once.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one request.
     *
     * @param request the request; its body is read only if this handler reads it
     * @return the response to send, never {@code null}
     * @throws Exception any failure, mapped to a status as described on this interface
     */
    Response handle(Request request) throws Exception;

    /**
     * Returns a handler that runs {@code filter} around this one.
     *
     * @param filter the filter to apply
     * @return the filtered handler
     */
    default Handler with(Filter filter) {
        Handler next = this;
        return request -> filter.filter(request, next);
    }
}
