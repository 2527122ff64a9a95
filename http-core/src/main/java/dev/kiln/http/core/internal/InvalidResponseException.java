package dev.kiln.http.core.internal;

/**
 * A response that cannot be sent as given (e.g. its {@code Content-Length} differs from its body, or
 * its file cannot be opened). Thrown before any byte of it is written, so a 500 can be sent instead.
 */
final class InvalidResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
