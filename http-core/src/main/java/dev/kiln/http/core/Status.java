package dev.kiln.http.core;

/**
 * An HTTP status code with its reason phrase (RFC 9110 §15). The common ones are constants named
 * after the phrase and the code, e.g. {@link #NOT_FOUND_404}; {@link #of(int)} gives any other.
 * Instances are immutable; two statuses are equal when their codes are.
 */
public final class Status {

    /** 100 Continue. */
    public static final Status CONTINUE_100 = new Status(100, "Continue");
    /** 101 Switching Protocols. */
    public static final Status SWITCHING_PROTOCOLS_101 = new Status(101, "Switching Protocols");
    /** 200 OK. */
    public static final Status OK_200 = new Status(200, "OK");
    /** 201 Created. */
    public static final Status CREATED_201 = new Status(201, "Created");
    /** 202 Accepted. */
    public static final Status ACCEPTED_202 = new Status(202, "Accepted");
    /** 204 No Content. */
    public static final Status NO_CONTENT_204 = new Status(204, "No Content");
    /** 206 Partial Content. */
    public static final Status PARTIAL_CONTENT_206 = new Status(206, "Partial Content");
    /** 301 Moved Permanently. */
    public static final Status MOVED_PERMANENTLY_301 = new Status(301, "Moved Permanently");
    /** 302 Found. */
    public static final Status FOUND_302 = new Status(302, "Found");
    /** 303 See Other. */
    public static final Status SEE_OTHER_303 = new Status(303, "See Other");
    /** 304 Not Modified. */
    public static final Status NOT_MODIFIED_304 = new Status(304, "Not Modified");
    /** 307 Temporary Redirect. */
    public static final Status TEMPORARY_REDIRECT_307 = new Status(307, "Temporary Redirect");
    /** 308 Permanent Redirect. */
    public static final Status PERMANENT_REDIRECT_308 = new Status(308, "Permanent Redirect");
    /** 400 Bad Request. */
    public static final Status BAD_REQUEST_400 = new Status(400, "Bad Request");
    /** 401 Unauthorized. */
    public static final Status UNAUTHORIZED_401 = new Status(401, "Unauthorized");
    /** 403 Forbidden. */
    public static final Status FORBIDDEN_403 = new Status(403, "Forbidden");
    /** 404 Not Found. */
    public static final Status NOT_FOUND_404 = new Status(404, "Not Found");
    /** 405 Method Not Allowed. */
    public static final Status METHOD_NOT_ALLOWED_405 = new Status(405, "Method Not Allowed");
    /** 406 Not Acceptable. */
    public static final Status NOT_ACCEPTABLE_406 = new Status(406, "Not Acceptable");
    /** 408 Request Timeout. */
    public static final Status REQUEST_TIMEOUT_408 = new Status(408, "Request Timeout");
    /** 409 Conflict. */
    public static final Status CONFLICT_409 = new Status(409, "Conflict");
    /** 410 Gone. */
    public static final Status GONE_410 = new Status(410, "Gone");
    /** 411 Length Required. */
    public static final Status LENGTH_REQUIRED_411 = new Status(411, "Length Required");
    /** 412 Precondition Failed. */
    public static final Status PRECONDITION_FAILED_412 = new Status(412, "Precondition Failed");
    /** 413 Content Too Large. */
    public static final Status CONTENT_TOO_LARGE_413 = new Status(413, "Content Too Large");
    /** 414 URI Too Long. */
    public static final Status URI_TOO_LONG_414 = new Status(414, "URI Too Long");
    /** 415 Unsupported Media Type. */
    public static final Status UNSUPPORTED_MEDIA_TYPE_415 = new Status(415, "Unsupported Media Type");
    /** 416 Range Not Satisfiable. */
    public static final Status RANGE_NOT_SATISFIABLE_416 = new Status(416, "Range Not Satisfiable");
    /** 417 Expectation Failed. */
    public static final Status EXPECTATION_FAILED_417 = new Status(417, "Expectation Failed");
    /** 422 Unprocessable Content. */
    public static final Status UNPROCESSABLE_CONTENT_422 = new Status(422, "Unprocessable Content");
    /** 429 Too Many Requests. */
    public static final Status TOO_MANY_REQUESTS_429 = new Status(429, "Too Many Requests");
    /** 431 Request Header Fields Too Large. */
    public static final Status REQUEST_HEADER_FIELDS_TOO_LARGE_431 = new Status(431, "Request Header Fields Too Large");
    /** 500 Internal Server Error. */
    public static final Status INTERNAL_SERVER_ERROR_500 = new Status(500, "Internal Server Error");
    /** 501 Not Implemented. */
    public static final Status NOT_IMPLEMENTED_501 = new Status(501, "Not Implemented");
    /** 502 Bad Gateway. */
    public static final Status BAD_GATEWAY_502 = new Status(502, "Bad Gateway");
    /** 503 Service Unavailable. */
    public static final Status SERVICE_UNAVAILABLE_503 = new Status(503, "Service Unavailable");
    /** 504 Gateway Timeout. */
    public static final Status GATEWAY_TIMEOUT_504 = new Status(504, "Gateway Timeout");
    /** 505 HTTP Version Not Supported. */
    public static final Status HTTP_VERSION_NOT_SUPPORTED_505 = new Status(505, "HTTP Version Not Supported");

    private final int code;
    private final String reason;

    private Status(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /**
     * Returns the status for this code: the constant when there is one, else a new status whose
     * reason is empty.
     *
     * @param code a three-digit status code, 100 to 599
     * @return the status
     * @throws IllegalArgumentException when the code is outside 100..599
     */
    public static Status of(int code) {
        return switch (code) {
            case 100 -> CONTINUE_100;
            case 101 -> SWITCHING_PROTOCOLS_101;
            case 200 -> OK_200;
            case 201 -> CREATED_201;
            case 202 -> ACCEPTED_202;
            case 204 -> NO_CONTENT_204;
            case 206 -> PARTIAL_CONTENT_206;
            case 301 -> MOVED_PERMANENTLY_301;
            case 302 -> FOUND_302;
            case 303 -> SEE_OTHER_303;
            case 304 -> NOT_MODIFIED_304;
            case 307 -> TEMPORARY_REDIRECT_307;
            case 308 -> PERMANENT_REDIRECT_308;
            case 400 -> BAD_REQUEST_400;
            case 401 -> UNAUTHORIZED_401;
            case 403 -> FORBIDDEN_403;
            case 404 -> NOT_FOUND_404;
            case 405 -> METHOD_NOT_ALLOWED_405;
            case 406 -> NOT_ACCEPTABLE_406;
            case 408 -> REQUEST_TIMEOUT_408;
            case 409 -> CONFLICT_409;
            case 410 -> GONE_410;
            case 411 -> LENGTH_REQUIRED_411;
            case 412 -> PRECONDITION_FAILED_412;
            case 413 -> CONTENT_TOO_LARGE_413;
            case 414 -> URI_TOO_LONG_414;
            case 415 -> UNSUPPORTED_MEDIA_TYPE_415;
            case 416 -> RANGE_NOT_SATISFIABLE_416;
            case 417 -> EXPECTATION_FAILED_417;
            case 422 -> UNPROCESSABLE_CONTENT_422;
            case 429 -> TOO_MANY_REQUESTS_429;
            case 431 -> REQUEST_HEADER_FIELDS_TOO_LARGE_431;
            case 500 -> INTERNAL_SERVER_ERROR_500;
            case 501 -> NOT_IMPLEMENTED_501;
            case 502 -> BAD_GATEWAY_502;
            case 503 -> SERVICE_UNAVAILABLE_503;
            case 504 -> GATEWAY_TIMEOUT_504;
            case 505 -> HTTP_VERSION_NOT_SUPPORTED_505;
            default -> {
                if (code < 100 || code > 599) {
                    throw new IllegalArgumentException("status code must be 100..599, was " + code);
                }
                yield new Status(code, "");
            }
        };
    }

    /**
     * Returns a status with this code and reason phrase.
     *
     * @param code a three-digit status code, 100 to 599
     * @param reason the reason phrase; visible ASCII and spaces only
     * @return the status
     * @throws IllegalArgumentException when the code or the phrase is not allowed
     */
    public static Status of(int code, String reason) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("status code must be 100..599, was " + code);
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c != ' ' && c != '\t' && (c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException("reason phrase has a character not allowed on the wire: " + reason);
            }
        }
        return new Status(code, reason);
    }

    /**
     * Returns the three-digit code.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * Returns the reason phrase, possibly empty.
     *
     * @return the reason phrase
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns whether this is a 1xx informational status.
     *
     * @return whether the code is 100..199
     */
    public boolean isInformational() {
        return code < 200;
    }

    /**
     * Returns whether this is a 4xx or 5xx status.
     *
     * @return whether the code is 400 or more
     */
    public boolean isError() {
        return code >= 400;
    }

    /**
     * Returns whether a response with this status never has a body (1xx, 204, 304; RFC 9110 §6.4.1).
     *
     * @return whether the body must be empty
     */
    public boolean forbidsBody() {
        return code < 200 || code == 204 || code == 304;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Status status && status.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** Returns the code and reason, e.g. {@code 404 Not Found}. */
    @Override
    public String toString() {
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }
}
