package dev.kiln.http.tls;

/** Whether an HTTPS listener asks clients for a certificate (mutual TLS). */
public enum ClientAuth {
    /** No client certificate is asked for. */
    NONE,
    /**
     * A certificate is asked for; a client without one is still served, a client with one that the
     * trust store does not accept is refused in the handshake.
     */
    OPTIONAL,
    /** A certificate the trust store accepts is required; other clients are refused in the handshake. */
    REQUIRED
}
