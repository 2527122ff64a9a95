package dev.kiln.http.core.internal;

import java.net.InetSocketAddress;

/**
 * One line per request on the logger {@code dev.kiln.http.access} at INFO: peer, request line,
 * status, body bytes sent, duration, e.g. {@code 127.0.0.1 "GET /ping HTTP/1.1" 200 4 0.18ms}.
 */
final class AccessLog {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.access");

    private final boolean enabled;

    AccessLog(boolean enabled) {
        this.enabled = enabled;
    }

    /** Returns whether a line would be written, so callers can skip gathering its parts. */
    boolean isOn() {
        return enabled && LOG.isLoggable(System.Logger.Level.INFO);
    }

    void log(InetSocketAddress remote, String requestLine, int status, long bytes, long startNanos) {
        long micros = (System.nanoTime() - startNanos) / 1000;
        String peer = remote == null ? "-" : remote.getAddress().getHostAddress();
        long fraction = micros % 1000;
        String padding = fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".";
        LOG.log(System.Logger.Level.INFO, peer + " \"" + requestLine + "\" " + status + " " + bytes + " "
                + (micros / 1000) + padding + fraction + "ms");
    }
}
