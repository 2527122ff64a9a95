package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a query-string parameter. Types as for {@link PathParam}, plus
 * {@code Optional<T>} for an optional value and {@code List<T>} for a repeated key
 * ({@code ?tag=a&tag=b}). Any other type is required: a missing value answers {@code 400}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface QueryParam {

    /**
     * Returns the name to bind.
     *
     * @return the name, or {@code ""} for the Java parameter's name (compiled with {@code -parameters})
     */
    String value() default "";
}
