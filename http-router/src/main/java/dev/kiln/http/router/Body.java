package dev.kiln.http.router;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the request body, by the parameter's type and the request's
 * {@code Content-Type}:
 *
 * <ul>
 *   <li>{@code String}, {@code byte[]}, {@code InputStream}: the raw body, any content type;</li>
 *   <li>{@link dev.kiln.http.core.Parameters}: an {@code application/x-www-form-urlencoded} body;</li>
 *   <li>{@link MultipartForm}: a {@code multipart/form-data} body, streamed;</li>
 *   <li>any other type (a record, a POJO, a collection): {@code application/json} (and
 *       {@code application/*+json}) through the router's Jackson {@code ObjectMapper}, or
 *       {@code application/x-www-form-urlencoded} and the text fields of {@code multipart/form-data}
 *       mapped onto the same type, so one record serves an HTML form and a JSON client.</li>
 * </ul>
 *
 * <p>Another content type answers {@code 415 Unsupported Media Type}; malformed JSON or a field of
 * the wrong type answers {@code 400} with an {@code application/problem+json} body naming the field
 * and, for JSON, the line and column. A route may have one {@code @Body} parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {
}
