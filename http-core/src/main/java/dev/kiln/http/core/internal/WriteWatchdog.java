package dev.kiln.http.core.internal;

import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Closes connections whose peer has stopped reading: once a second it looks at every connection
 * and force-closes those with a write blocked past its deadline (the idle timeout). One virtual
 * thread per server; it ends when the server stops.
 */
final class WriteWatchdog implements Runnable {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");
    private static final long PERIOD_NANOS = 1_000_000_000L;

    private final Set<Http1Connection> connections;
    private volatile boolean stopped;
    private Thread thread;

    WriteWatchdog(Set<Http1Connection> connections) {
        this.connections = connections;
    }

    void start() {
        thread = Thread.ofVirtual().name("kiln-write-watchdog").start(this);
    }

    void stop() {
        stopped = true;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void run() {
        while (!stopped) {
            LockSupport.parkNanos(PERIOD_NANOS);
            long now = System.nanoTime();
            for (Http1Connection connection : connections) {
                if (connection.isWriteStalled(now)) {
                    LOG.log(System.Logger.Level.DEBUG, "closing a connection whose peer stopped reading");
                    connection.forceClose();
                }
            }
        }
    }
}
