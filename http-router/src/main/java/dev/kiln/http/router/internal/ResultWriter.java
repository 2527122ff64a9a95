package dev.kiln.http.router.internal;

import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;

/** Turns a route method's return value into a response. Chosen once per route from its return type. */
@FunctionalInterface
public interface ResultWriter {

    /**
     * Writes one result.
     *
     * @param request the request
     * @param result what the method returned, possibly {@code null}
     * @return the response
     * @throws Exception when the result cannot be written (e.g. a file vanished)
     */
    Response write(Request request, Object result) throws Exception;
}
