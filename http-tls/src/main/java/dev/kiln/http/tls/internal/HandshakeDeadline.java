package dev.kiln.http.tls.internal;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a socket whose TLS handshake is not done by a deadline. The read timeout alone bounds each
 * wait, not the whole handshake: a client could trickle a byte just before each timeout. One daemon
 * thread serves every listener in the JVM; it only runs the closes.
 */
public final class HandshakeDeadline {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final ScheduledFuture<?> close;

    private HandshakeDeadline(ScheduledFuture<?> close) {
        this.close = close;
    }

    /**
     * Closes {@code socket} after {@code millis} unless {@link #cancel()} is called first.
     *
     * @param socket the socket in its handshake
     * @param millis the time the handshake may take
     * @return the deadline
     */
    public static HandshakeDeadline start(Socket socket, long millis) {
        return new HandshakeDeadline(TIMER.schedule(() -> closeQuietly(socket), millis, TimeUnit.MILLISECONDS));
    }

    /**
     * Returns whether the deadline passed and closed the socket.
     *
     * @return whether it expired
     */
    public boolean expired() {
        return close.isDone() && !close.isCancelled();
    }

    /** Cancels the close: the handshake is over. */
    public void cancel() {
        close.cancel(false);
    }

    /** Closes a socket, ignoring a failure: the peer is being given up. @param socket the socket */
    public static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing to give up on the peer: nothing more to do
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "kiln-tls-handshake-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
