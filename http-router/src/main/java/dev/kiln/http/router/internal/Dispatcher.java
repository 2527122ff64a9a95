package dev.kiln.http.router.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.AfterFilter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The router's core, inside its filters: before-filters, then the matching route (or {@code 404},
 * {@code 405}, {@code OPTIONS}), then after-filters on whatever response that gave. Route and
 * before-filter failures become error responses here, so after-filters see them too.
 */
public final class Dispatcher {

    private static final Set<Method> ANY = Set.of(Method.GET, Method.POST, Method.PUT, Method.PATCH, Method.DELETE);

    private final RouteTable table;
    private final ErrorResponder errors;
    private final List<ScopedBeforeFilter> befores;
    private final List<AfterFilter> afters;

    /**
     * Creates the dispatcher.
     *
     * @param table the routes
     * @param errors turns failures into responses
     * @param befores the before-filters, in order
     * @param afters the after-filters, in order
     */
    public Dispatcher(RouteTable table, ErrorResponder errors, List<ScopedBeforeFilter> befores, List<AfterFilter> afters) {
        this.table = table;
        this.errors = errors;
        this.befores = List.copyOf(befores);
        this.afters = List.copyOf(afters);
    }

    /**
     * Handles one request.
     *
     * @param request the request
     * @return the response
     * @throws Exception when an after-filter fails
     */
    public Response handle(Request request) throws Exception {
        Response response = null;
        try {
            for (ScopedBeforeFilter before : befores) {
                if (before.applies(request.path())) {
                    Optional<Response> answer = before.filter().before(request);
                    if (answer != null && answer.isPresent()) {
                        response = answer.get();
                        break;
                    }
                }
            }
        } catch (Throwable error) {
            response = errors.respond(request, error);
        }
        if (response == null) {
            response = dispatch(request);
        }
        for (AfterFilter after : afters) {
            response = Objects.requireNonNull(after.after(request, response), "an after-filter returned null");
        }
        return response;
    }

    private Response dispatch(Request request) {
        Method method = request.method();
        String rawPath = request.rawPath();
        if (method == Method.OPTIONS) {
            return options(rawPath);
        }
        PathValues values = table.newValues();
        Route route = table.find(method == Method.HEAD ? Method.GET : method, rawPath, values);
        if (route == null) {
            Set<Method> allowed = table.allowedMethods(rawPath);
            if (allowed.isEmpty()) {
                return Problems.of(Status.NOT_FOUND_404, "no route for " + method + " " + request.path());
            }
            String allow = allow(allowed);
            return Problems.of(Status.METHOD_NOT_ALLOWED_405, method + " is not allowed on " + request.path() + "; allowed: " + allow)
                    .withHeader(HeaderNames.ALLOW, allow);
        }
        try {
            return route.handler().handle(request, values);
        } catch (Throwable error) {
            return errors.respond(request, error);
        }
    }

    private Response options(String rawPath) {
        Set<Method> allowed = rawPath.equals("*") ? ANY : table.allowedMethods(rawPath);
        if (allowed.isEmpty()) {
            return Problems.of(Status.NOT_FOUND_404, "no route for " + rawPath);
        }
        return Response.builder(Status.NO_CONTENT_204).header(HeaderNames.ALLOW, allow(allowed)).build();
    }

    /** The methods in the order of {@link Method}, with HEAD for GET, and OPTIONS always. */
    private static String allow(Set<Method> methods) {
        StringJoiner allow = new StringJoiner(", ");
        for (Method method : Method.values()) {
            if (methods.contains(method) || method == Method.HEAD && methods.contains(Method.GET) || method == Method.OPTIONS) {
                allow.add(method.name());
            }
        }
        return allow.toString();
    }
}
