package dev.kiln.http.router;

import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;

/**
 * Turns an exception thrown by a route (or a filter) into a response. Registered with
 * {@link Router.Builder#exception(Class, ExceptionMapper)}; the mapper of the closest superclass of
 * the thrown exception wins.
 *
 * @param <E> the exception type handled
 */
@FunctionalInterface
public interface ExceptionMapper<E extends Throwable> {

    /**
     * Maps one exception.
     *
     * @param exception the exception thrown
     * @param request the request being handled
     * @return the response to send, never {@code null}
     * @throws Exception when mapping fails; the client then gets a {@code 500}
     */
    Response toResponse(E exception, Request request) throws Exception;
}
