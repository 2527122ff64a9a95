package dev.kiln.http.core.internal;

import dev.kiln.http.core.Status;

/**
 * A request the server cannot serve because of how it arrived on the wire: a malformed head, a limit
 * exceeded, a timeout. Thrown by the parsers; caught in one place, {@link Http1Connection}, which
 * answers with {@link #status()} and {@link #getMessage()} and closes the connection (its framing is
 * lost). Stackless: bad input is common and must be cheap to reject.
 */
public final class HttpProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Status status;

    /**
     * Creates the exception for an error after which the connection is closed.
     *
     * @param status the status to answer with
     * @param message what is wrong, sent to the client; no internals
     */
    public HttpProtocolException(Status status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** Returns the status to answer with. @return the status */
    public Status status() {
        return status;
    }
}
