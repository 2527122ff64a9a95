package dev.kiln.http.router.internal;

import java.util.List;

/**
 * What ClassGraph read from a route method's class file: its route annotations and each parameter's
 * binding annotation. The router compiles routes from this rather than asking reflection for the
 * annotations, which would make the JDK generate a proxy class per annotation type while the JVM is
 * cold.
 *
 * @param routes the route annotations, usually one
 * @param parameters one binding per parameter, in order
 */
public record ScannedMethod(List<RouteMethod> routes, List<ParameterBinding> parameters) {
}
