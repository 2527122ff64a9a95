package dev.kiln.http.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the connections of one server take turns on the carrier threads between requests.
 *
 * <p>A kept-alive connection that has answered a request lets the others run before it reads the
 * next one ({@link Thread#yield()}): by the time it runs again its client has likely sent that
 * request, so the read finds bytes instead of parking the thread and arming the JDK's poller, a
 * syscall pair per request.
 *
 * <p>Yielding alone is unfair. The JDK's scheduler runs a carrier's local queue, where yielded
 * threads go, before its submission queue, where threads woken by the poller's platform thread or
 * a timer and threads that yielded into an empty local queue go; while every connection keeps
 * yielding, the local queue never empties and those threads wait (measured: up to a second at 100
 * connections). So every {@value #ROUNDS} rounds, counted in pauses of the whole server, each
 * connection takes one turn through the submission queue instead: it goes on serving on a new
 * virtual thread (the JDK submits a thread started by a virtual thread to the submission queue) and
 * its current thread ends. All connections do it in the same round, so the local queue empties and
 * whatever waited in the submission queue runs: a thread waits at most about {@value #ROUNDS}
 * rounds. A new thread costs no other thread's wake-up, where a timed park would wake the JDK's
 * timer thread twice. Thread-safe.
 */
final class TurnTaking {

    /** Rounds of yields between two turns through the submission queue. */
    static final int ROUNDS = 4;

    private final AtomicLong pauses = new AtomicLong();
    private final AtomicInteger connections;

    /**
     * Creates the turn taking of one server.
     *
     * @param connections the number of open connections, kept up to date by the server
     */
    TurnTaking(AtomicInteger connections) {
        this.connections = connections;
    }

    /**
     * Counts one pause of a connection before it reads its next request, and returns the round the
     * pause falls in. When that differs from the round of the connection's previous pause, the
     * connection takes its turn through the submission queue; otherwise it yields.
     *
     * @return the round, 1 or more
     */
    long round() {
        long span = (long) ROUNDS * Math.max(1, connections.get());
        return 1 + pauses.getAndIncrement() / span;
    }
}
