package dev.kiln.http.router;

import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import java.util.Optional;

/**
 * Runs before routing: it may let the request through ({@code Optional.empty()}), possibly after
 * attaching attributes with {@link Request#attribute(String, Object)}, or answer by itself
 * (short-circuit, e.g. {@code 401} or a redirect to a login page). After-filters still run on a
 * short-circuit response.
 */
@FunctionalInterface
public interface BeforeFilter {

    /**
     * Inspects one request.
     *
     * @param request the request
     * @return a response to send instead of routing, or empty to go on
     * @throws Exception any failure, mapped as a route's exception is
     */
    Optional<Response> before(Request request) throws Exception;
}
