package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a {@code {name}} or {@code {*name}} segment of the route's path template,
 * percent-decoded. Supported types: {@code String}, primitives and their boxes, enums, {@code UUID},
 * {@code BigDecimal}, {@code BigInteger} and the {@code java.time} dates and times. A value that
 * does not convert answers {@code 400} naming the parameter and the value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PathParam {

    /**
     * Returns the name to bind.
     *
     * @return the name, or {@code ""} for the Java parameter's name (compiled with {@code -parameters})
     */
    String value() default "";
}
