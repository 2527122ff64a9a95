package dev.kiln.http.core;

/**
 * Runs around a {@link Handler}: it may answer by itself (short-circuit, e.g. authentication), change
 * nothing and call {@code next}, or decorate the response {@code next} returns (e.g. CORS headers).
 */
@FunctionalInterface
public interface Filter {

    /**
     * Filters one request.
     *
     * @param request the request
     * @param next the handler (or rest of the chain) to call to go on
     * @return the response to send, never {@code null}
     * @throws Exception any failure, mapped to a status as for {@link Handler#handle(Request)}
     */
    Response filter(Request request, Handler next) throws Exception;
}
