package dev.kiln.http.router.internal;

import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;

/** Answers a request that matched a route, given the values its path template captured. */
@FunctionalInterface
public interface RouteHandler {

    /**
     * Handles one request.
     *
     * @param request the request
     * @param path the captured path values
     * @return the response
     * @throws Throwable any failure; the router maps it
     */
    Response handle(Request request, PathValues path) throws Throwable;
}
