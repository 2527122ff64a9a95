package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a request header. Types as for {@link QueryParam}; {@code List<T>} gets the
 * value of every field of that name. Header names compare case-insensitively.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Header {

    /**
     * Returns the name to bind.
     *
     * @return the name, or {@code ""} for the Java parameter's name split at its capitals: {@code userAgent} reads {@code User-Agent}
     */
    String value() default "";
}
