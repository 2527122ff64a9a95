package dev.kiln.http.core.spi;

import java.io.IOException;
import java.net.Socket;

/**
 * How a listener turns an accepted TCP connection into the stream HTTP/1.1 is spoken over: as is
 * for plain HTTP, or after a TLS handshake for HTTPS.
 *
 * <p>Implementations are shared by every connection of a listener and must be thread-safe.
 */
public interface Transport {

    /** Plain HTTP: the accepted socket is used as it is. */
    Transport PLAIN = new Transport() {
        @Override
        public Socket open(Socket accepted) {
            return accepted;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String toString() {
            return "http";
        }
    };

    /**
     * Prepares an accepted connection. Called on the connection's own virtual thread, before the
     * server reads from it; it may block (e.g. for a handshake) but must bound its own wait.
     * Throwing drops this connection only: the listener and other connections go on.
     *
     * @param accepted the TCP socket just accepted
     * @return the socket to read requests from and write responses to
     * @throws IOException when the connection cannot be used (e.g. a failed handshake)
     */
    Socket open(Socket accepted) throws IOException;

    /**
     * Returns whether connections of this transport are confidential (TLS); it sets
     * {@link dev.kiln.http.core.Request#isSecure()}.
     *
     * @return whether the transport is secure
     */
    boolean isSecure();
}
