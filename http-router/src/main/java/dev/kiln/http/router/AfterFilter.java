package dev.kiln.http.router;

import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;

/**
 * Runs after routing on every response the router produces, including error responses and the
 * responses of short-circuiting before-filters, e.g. to add CORS or security headers.
 */
@FunctionalInterface
public interface AfterFilter {

    /**
     * Decorates one response.
     *
     * @param request the request
     * @param response the response so far
     * @return the response to send (the same one or a changed copy), never {@code null}
     * @throws Exception any failure, mapped as a route's exception is
     */
    Response after(Request request, Response response) throws Exception;
}
