package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives every route of a handler class a common path prefix: {@code @Controller("/api")} with
 * {@code @Get("/users")} serves {@code /api/users}. Optional: a class with route methods is a handler
 * class with or without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Controller {

    /**
     * Returns the path prefix.
     *
     * @return the prefix, starting with {@code /}; {@code ""} or {@code "/"} for none
     */
    String value() default "";
}
