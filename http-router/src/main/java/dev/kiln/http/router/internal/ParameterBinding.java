package dev.kiln.http.router.internal;

import dev.kiln.http.router.Body;
import dev.kiln.http.router.Cookie;
import dev.kiln.http.router.Header;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.QueryParam;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * A parameter's binding annotation as the class file declares it: its type ({@code @PathParam},
 * {@code @QueryParam}, {@code @Header}, {@code @Cookie} or {@code @Body}) and its {@code value}.
 *
 * @param type the annotation type, or {@code null} when the parameter has none
 * @param value the annotation's {@code value}, {@code ""} when not given or for {@code @Body}
 */
public record ParameterBinding(Class<? extends Annotation> type, String value) {

    /** The binding annotations, the ones that say where an argument comes from. */
    public static final List<Class<? extends Annotation>> ANNOTATIONS =
            List.of(PathParam.class, QueryParam.class, Header.class, Cookie.class, Body.class);

    /** A parameter without a binding annotation. */
    public static final ParameterBinding NONE = new ParameterBinding(null, "");

    /**
     * Returns what a binding annotation says.
     *
     * @param annotation one of {@link #ANNOTATIONS}
     * @return its type and {@code value}
     */
    public static ParameterBinding of(Annotation annotation) {
        String value = "";
        if (annotation instanceof PathParam pathParam) {
            value = pathParam.value();
        } else if (annotation instanceof QueryParam queryParam) {
            value = queryParam.value();
        } else if (annotation instanceof Header header) {
            value = header.value();
        } else if (annotation instanceof Cookie cookie) {
            value = cookie.value();
        }
        return new ParameterBinding(annotation.annotationType(), value);
    }
}
