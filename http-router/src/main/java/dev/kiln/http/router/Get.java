package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the handler of {@code GET} requests to a path template. The template has static
 * segments, {@code {name}} parameters and an optional trailing {@code {*rest}} wildcard, e.g.
 * {@code /users/{id}/files/{*path}}; it is appended to the class's {@link Controller} prefix.
 *
 * <p>A {@code GET} route also answers {@code HEAD} (the server sends the head without the body).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Get {

    /**
     * Returns the path template.
     *
     * @return the template, starting with {@code /}
     */
    String value();

    /**
     * Returns the {@code Content-Type} of the responses, replacing the one chosen from the return
     * type (e.g. {@code "text/html; charset=utf-8"} for a method returning {@code String}).
     *
     * @return the media type, or {@code ""} to choose it from the return type
     */
    String produces() default "";

    /**
     * Returns the largest request body this route accepts, in bytes, replacing the server's
     * {@code maxBodySize} for its requests (e.g. for uploads). A larger body answers
     * {@code 413 Content Too Large}.
     *
     * @return the limit in bytes, or {@code -1} for the server's limit
     */
    long maxBodySize() default -1;
}
