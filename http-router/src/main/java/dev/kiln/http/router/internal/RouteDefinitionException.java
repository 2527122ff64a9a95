package dev.kiln.http.router.internal;

import java.util.List;

/** A route method that cannot be served, with every reason found. */
public final class RouteDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source the method, e.g. {@code com.example.Greetings#echo}
     * @param problems the reasons
     */
    public RouteDefinitionException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
    }
}
