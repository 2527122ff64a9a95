package dev.kiln.http.tls;

import java.nio.file.Path;

/**
 * The certificate, key or trust material of a {@link TlsConfig} cannot be used: a file is missing or
 * unreadable, is not PEM, holds no key, is encrypted with another password, or the key does not
 * match the certificate. The message names the file and says what is wrong.
 */
public final class TlsConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file at fault, or {@code null}; a {@code Path} is not serializable. */
    private final transient Path file;

    /**
     * Creates the exception.
     *
     * @param file the file at fault, or {@code null} when no single file is
     * @param message what is wrong, naming the file
     */
    public TlsConfigException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file the file at fault, or {@code null} when no single file is
     * @param message what is wrong, naming the file
     * @param cause the underlying failure
     */
    public TlsConfigException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /**
     * Returns the file at fault.
     *
     * @return the file, or {@code null} when no single file is
     */
    public Path file() {
        return file;
    }
}
