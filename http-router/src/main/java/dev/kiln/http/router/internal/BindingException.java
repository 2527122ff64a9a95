package dev.kiln.http.router.internal;

import dev.kiln.http.core.BadRequestException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request value that cannot be bound to a route parameter: {@code 400} with an
 * {@code application/problem+json} body whose members name what is wrong.
 */
public final class BindingException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String title;
    private final transient Map<String, Object> members;

    /**
     * Creates the exception.
     *
     * @param type the problem type URI
     * @param title the short, stable summary
     * @param detail the explanation for this occurrence, sent to the client
     * @param members extra problem members, e.g. {@code parameter} or {@code field}, {@code line}
     * @param cause the underlying failure, logged only
     */
    public BindingException(String type, String title, String detail, Map<String, Object> members, Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.title = title;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * Returns a failure to bind a path, query, header or cookie value.
     *
     * @param in where the value comes from: {@code path}, {@code query}, {@code header}, {@code cookie}
     * @param name the parameter name
     * @param detail the explanation
     * @param cause the underlying failure, or {@code null}
     * @return the exception
     */
    public static BindingException parameter(String in, String name, String detail, Throwable cause) {
        return new BindingException(Problems.INVALID_PARAMETER, "Invalid request parameter", detail,
                Map.of("parameter", name, "in", in), cause);
    }

    /**
     * Returns the problem type URI.
     *
     * @return the type
     */
    public String type() {
        return type;
    }

    /**
     * Returns the problem title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the extra problem members.
     *
     * @return the members
     */
    public Map<String, Object> members() {
        return members;
    }
}
