package dev.kiln.http.router.internal;

import java.util.List;

/**
 * What a route method's class file declares, as ClassGraph read it or the route index lists it: its
 * route annotations and each parameter's binding annotation. The router compiles routes from this
 * rather than asking reflection for the annotations, which would make the JDK generate a proxy class
 * per annotation type while the JVM is cold.
 *
 * @param routes the route annotations, usually one
 * @param parameters one binding per parameter, in order, or {@code null} when a parameter has more
 *     than one binding annotation (the router then reads them by reflection, to say which)
 */
public record ScannedMethod(List<RouteMethod> routes, List<ParameterBinding> parameters) {
}
