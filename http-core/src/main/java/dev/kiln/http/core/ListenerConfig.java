package dev.kiln.http.core;

import dev.kiln.http.core.spi.Transport;
import java.util.Objects;

/**
 * One address the server listens on, how connections on it are opened (plain or TLS), and
 * optionally a handler of its own (e.g. a redirect to HTTPS on the plain port).
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port, 0 for any free one (see {@link HttpServer#port(int)})
 * @param transport how accepted connections are opened
 * @param handler the handler for this listener, or {@code null} for the server's
 */
public record ListenerConfig(String host, int port, Transport transport, Handler handler) {

    /**
     * Checks the configuration.
     *
     * @param host the address to bind
     * @param port 0 to 65535
     * @param transport how accepted connections are opened
     * @param handler the handler for this listener, or {@code null}
     */
    public ListenerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }

    /**
     * Returns a plain-HTTP listener that uses the server's handler.
     *
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @return the configuration
     */
    public static ListenerConfig plain(String host, int port) {
        return new ListenerConfig(host, port, Transport.PLAIN, null);
    }
}
