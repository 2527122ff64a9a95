package dev.kiln.http.router.internal;

import dev.kiln.http.core.Request;

/** Produces the argument of one route method parameter from a request. Built once per parameter. */
@FunctionalInterface
public interface ParameterBinder {

    /**
     * Binds the parameter.
     *
     * @param request the request
     * @param path the values the route's path template captured
     * @return the argument
     * @throws Exception a {@link BindingException} (400) when the value is missing or invalid, or
     *     another {@link dev.kiln.http.core.HttpException} (e.g. 415)
     */
    Object bind(Request request, PathValues path) throws Exception;
}
