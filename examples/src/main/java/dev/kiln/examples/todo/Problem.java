package dev.kiln.examples.todo;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}, with the extension member
 * {@code field} naming the JSON field or query parameter at fault.
 *
 * @param type a URI naming the problem type; {@code about:blank} when the status says enough
 * @param title the status's reason phrase
 * @param status the HTTP status code
 * @param detail what is wrong, for people
 * @param field the field at fault, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
