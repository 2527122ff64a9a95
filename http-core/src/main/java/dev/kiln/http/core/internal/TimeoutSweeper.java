package dev.kiln.http.core.internal;

import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the timeouts of every connection of one server from one thread: every
 * {@value #PERIOD_MILLIS} ms it ends the reads that waited past their deadline (header, idle and
 * body-read timeouts of plain connections, see {@link ConnectionInput#expireIfLate(long)}) and
 * force-closes connections whose peer stopped reading (a write blocked past the idle timeout). So a
 * timeout fires up to {@value #PERIOD_MILLIS} ms after it is due. The thread ends when the server stops.
 */
final class TimeoutSweeper implements Runnable {

    /** How often the connections are looked at, in milliseconds: the timeouts' granularity. */
    static final long PERIOD_MILLIS = 100;

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");

    private final Set<Http1Connection> connections;
    private volatile boolean stopped;
    private Thread thread;

    TimeoutSweeper(Set<Http1Connection> connections) {
        this.connections = connections;
    }

    void start() {
        // A platform thread: it must keep time even when every carrier is busy serving requests.
        thread = Thread.ofPlatform().name("kiln-timeouts").daemon(true).start(this);
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
            LockSupport.parkNanos(PERIOD_MILLIS * 1_000_000L);
            long now = System.nanoTime();
            for (Http1Connection connection : connections) {
                if (connection.isWriteStalled(now)) {
                    LOG.log(System.Logger.Level.DEBUG, "closing a connection whose peer stopped reading");
                    connection.forceClose();
                } else {
                    connection.expireLateRead(now);
                }
            }
        }
    }
}
