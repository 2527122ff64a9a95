package dev.kiln.http.core;

/**
 * The request methods of RFC 9110 §9 and RFC 5789 (PATCH). A request with any other method is
 * answered with {@code 501 Not Implemented}.
 */
public enum Method {
    /** GET: transfer a representation of the target. */
    GET,
    /** HEAD: as GET, but the response has no body. */
    HEAD,
    /** POST: process the enclosed content. */
    POST,
    /** PUT: replace the target with the enclosed content. */
    PUT,
    /** PATCH: apply partial modifications (RFC 5789). */
    PATCH,
    /** DELETE: remove the target. */
    DELETE,
    /** OPTIONS: describe the communication options. */
    OPTIONS,
    /** TRACE: loop the request back (the server does not do it by itself). */
    TRACE,
    /** CONNECT: open a tunnel; the server answers it with 501, as it is no proxy. */
    CONNECT;

    /**
     * Returns the method with this exact (case-sensitive, RFC 9110 §9.1) name, or {@code null}.
     *
     * @param name the method token as received
     * @return the method, or {@code null} when it is not one of these
     */
    public static Method byName(String name) {
        return switch (name) {
            case "GET" -> GET;
            case "HEAD" -> HEAD;
            case "POST" -> POST;
            case "PUT" -> PUT;
            case "PATCH" -> PATCH;
            case "DELETE" -> DELETE;
            case "OPTIONS" -> OPTIONS;
            case "TRACE" -> TRACE;
            case "CONNECT" -> CONNECT;
            default -> null;
        };
    }
}
