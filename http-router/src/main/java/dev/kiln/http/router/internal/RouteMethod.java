package dev.kiln.http.router.internal;

import dev.kiln.http.core.Method;
import dev.kiln.http.router.Delete;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.Patch;
import dev.kiln.http.router.Post;
import dev.kiln.http.router.Put;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a route annotation on a method says: the HTTP method, the template, {@code produces} and the
 * body limit.
 *
 * @param method the HTTP method
 * @param path the template as written
 * @param produces the declared content type, or {@code ""}
 * @param maxBodySize the body limit, or {@code -1}
 * @param annotation the annotation's simple name, for messages
 */
public record RouteMethod(Method method, String path, String produces, long maxBodySize, String annotation) {

    /** The route annotation types. */
    public static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(Get.class, Post.class, Put.class, Patch.class, Delete.class);

    /** The HTTP method of each of {@link #ANNOTATIONS}, in the same order. */
    public static final List<Method> METHODS = List.of(Method.GET, Method.POST, Method.PUT, Method.PATCH, Method.DELETE);

    /** The default of the annotations' {@code produces}: choose by return type. */
    public static final String DEFAULT_PRODUCES = "";

    /** The default of the annotations' {@code maxBodySize}: the server's limit. */
    public static final long DEFAULT_MAX_BODY_SIZE = -1;

    /**
     * Looks up a method's annotations, as reflection ({@code Method::getDeclaredAnnotation}) or an
     * annotation processor ({@code ExecutableElement::getAnnotation}) does.
     */
    @FunctionalInterface
    public interface Annotations {

        /**
         * Returns the method's annotation of a type.
         *
         * @param <A> the annotation type
         * @param type the annotation type
         * @return the annotation, or {@code null} when the method has none of that type
         */
        <A extends Annotation> A get(Class<A> type);
    }

    /**
     * Returns the route annotations on a method.
     *
     * @param method the method's annotations
     * @return one entry per route annotation, usually zero or one
     */
    public static List<RouteMethod> of(Annotations method) {
        List<RouteMethod> found = new ArrayList<>(1);
        Get get = method.get(Get.class);
        if (get != null) {
            found.add(new RouteMethod(Method.GET, get.value(), get.produces(), get.maxBodySize(), "@Get"));
        }
        Post post = method.get(Post.class);
        if (post != null) {
            found.add(new RouteMethod(Method.POST, post.value(), post.produces(), post.maxBodySize(), "@Post"));
        }
        Put put = method.get(Put.class);
        if (put != null) {
            found.add(new RouteMethod(Method.PUT, put.value(), put.produces(), put.maxBodySize(), "@Put"));
        }
        Patch patch = method.get(Patch.class);
        if (patch != null) {
            found.add(new RouteMethod(Method.PATCH, patch.value(), patch.produces(), patch.maxBodySize(), "@Patch"));
        }
        Delete delete = method.get(Delete.class);
        if (delete != null) {
            found.add(new RouteMethod(Method.DELETE, delete.value(), delete.produces(), delete.maxBodySize(), "@Delete"));
        }
        return found;
    }
}
