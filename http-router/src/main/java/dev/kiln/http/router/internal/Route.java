package dev.kiln.http.router.internal;

import dev.kiln.http.core.Method;

/**
 * One route: a method and path template, what answers it, and where it was declared.
 *
 * @param method the request method
 * @param template the path template
 * @param handler what answers matching requests
 * @param source where the route comes from, e.g. {@code com.example.Greetings#ping}, for messages
 */
public record Route(Method method, PathTemplate template, RouteHandler handler, String source) {

    @Override
    public String toString() {
        return method + " " + template + " -> " + source;
    }
}
