package dev.kiln.http.router.internal;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.Request;

/**
 * Routes given as an http-core {@link Handler}: the path values travel to the handler as a request
 * attribute (set only when the template has parameters).
 */
public final class HandlerRoutes {

    private static final String PATH_VALUES = "dev.kiln.http.router.pathValues";

    private HandlerRoutes() {
    }

    /**
     * Adapts a handler to a route.
     *
     * @param handler the handler
     * @param template the route's template
     * @return the route handler
     */
    public static RouteHandler of(Handler handler, PathTemplate template) {
        if (template.parameterNames().isEmpty()) {
            return (request, values) -> handler.handle(request);
        }
        return (request, values) -> {
            request.attribute(PATH_VALUES, values);
            return handler.handle(request);
        };
    }

    /**
     * Returns a path value of the route handling a request.
     *
     * @param request the request
     * @param name the template parameter name
     * @return the decoded value, or {@code null}
     */
    public static String pathParam(Request request, String name) {
        return request.attribute(PATH_VALUES) instanceof PathValues values ? values.get(name) : null;
    }
}
