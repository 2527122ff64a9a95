package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a cookie of the {@code Cookie} request header (RFC 6265 §5.4), value as sent.
 * Types as for {@link QueryParam}, except {@code List<T>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Cookie {

    /**
     * Returns the name to bind.
     *
     * @return the name, or {@code ""} for the Java parameter's name (compiled with {@code -parameters})
     */
    String value() default "";
}
