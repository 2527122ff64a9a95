package dev.kiln.http.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How the connections of one server take turns on the carrier threads between requests.
 *
 * <p>A kept-alive connection that has answered a request lets the others run before it reads the
 * next one ({@link Thread#yield()}): by the time it runs again its client has likely sent that
 * request, so the read finds bytes instead of parking the thread and arming the JDK's poller, a
 * syscall pair per request.
 *
 * <p>Yielding alone is unfair. The JDK's scheduler runs a carrier's local queue, where yielded
 * threads go, before its submission queue, where threads woken by the poller's platform thread and
 * threads that yielded into an empty local queue go; while every connection keeps yielding, the
 * local queue never empties and those threads wait (measured: up to a second at 100 connections).
 * So every {@value #ROUNDS} rounds, counted in requests served by the whole server (a round is as
 * many requests as there are open connections), each connection takes one
 * turn through the submission queue instead (a timed park of {@value #TURN_NANOS} ns, woken by the
 * scheduler's platform timer thread): all connections do it in the same round, the local queue
 * empties and whatever waited in the submission queue runs. A thread waits at most about
 * {@value #ROUNDS} rounds. Thread-safe.
 */
final class TurnTaking {

    /** Rounds between two turns through the submission queue. */
    static final int ROUNDS = 16;
    /** The timed park of a turn through the submission queue, in nanoseconds. */
    static final long TURN_NANOS = 1_000;

    private final AtomicLong requests = new AtomicLong();
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
     * Lets the other connections run; called by a connection before it reads its next request and
     * after each batch of pipelined requests it served from its buffer.
     *
     * @param lastRound what the previous call returned to this connection, 0 at first
     * @param served the requests the connection served since its previous call, at least 1: a round
     *     is as many requests as there are connections, so a connection serving pipelined batches
     *     takes its turn as often, in requests, as one serving its requests one by one
     * @return the round this call belonged to, for the next call
     */
    long pause(long lastRound, int served) {
        long span = (long) ROUNDS * Math.max(1, connections.get());
        long round = 1 + requests.getAndAdd(served) / span;
        if (round == lastRound) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(TURN_NANOS);
        }
        return round;
    }
}
