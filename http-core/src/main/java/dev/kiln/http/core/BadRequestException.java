package dev.kiln.http.core;

/** Answers {@code 400 Bad Request}: the request is malformed or a value in it is invalid. */
public class BadRequestException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the offending part; sent to the client
     */
    public BadRequestException(String message) {
        super(Status.BAD_REQUEST_400, message);
    }

    /**
     * Creates the exception with a cause for the log.
     *
     * @param message what is wrong, naming the offending part; sent to the client
     * @param cause the underlying failure, logged but never sent
     */
    public BadRequestException(String message, Throwable cause) {
        super(Status.BAD_REQUEST_400, message, cause);
    }
}
