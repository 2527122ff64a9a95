package dev.kiln.http.router.internal;

import java.lang.annotation.Annotation;

/**
 * A parameter's binding annotation as the class file declares it: its type ({@code @PathParam},
 * {@code @QueryParam}, {@code @Header}, {@code @Cookie} or {@code @Body}) and its {@code value}.
 *
 * @param type the annotation type, or {@code null} when the parameter has none
 * @param value the annotation's {@code value}, {@code ""} when not given or for {@code @Body}
 */
public record ParameterBinding(Class<? extends Annotation> type, String value) {

    /** A parameter without a binding annotation. */
    public static final ParameterBinding NONE = new ParameterBinding(null, "");
}
