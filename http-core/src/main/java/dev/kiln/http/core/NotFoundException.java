package dev.kiln.http.core;

/** Answers {@code 404 Not Found}. */
public class NotFoundException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was not found; sent to the client
     */
    public NotFoundException(String message) {
        super(Status.NOT_FOUND_404, message);
    }
}
