package dev.kiln.examples.config;

/** A command line or environment variable that cannot be used; the message says which and why. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the flag or variable
     */
    public UsageException(String message) {
        super(message);
    }
}
