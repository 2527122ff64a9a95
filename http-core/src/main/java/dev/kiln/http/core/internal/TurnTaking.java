package dev.kiln.http.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

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
 * So every {@value #ROUNDS} rounds (a round is as many pauses as there are open connections), or
 * after a round once {@value #MAX_TURN_MILLIS} ms have passed since the last turn (when each pause
 * stands for much work, e.g. a batch of pipelined requests), each connection takes one turn through
 * the submission queue instead: a timed park of {@value #TURN_NANOS} ns, woken by the scheduler's
 * platform timer thread, in whose submission queue the connection then waits behind what the timer
 * woke. All connections do it in the same round, so the local queue empties and whatever waited in
 * the submission queue runs. Thread-safe.
 */
final class TurnTaking {

    /** Rounds between two turns through the submission queue. */
    static final int ROUNDS = 16;
    /** After this long since the last turn, the next round is a turn. */
    static final long MAX_TURN_MILLIS = 100;
    private static final long MAX_TURN_NANOS = MAX_TURN_MILLIS * 1_000_000;
    /** The timed park of a turn through the submission queue, in nanoseconds. */
    static final long TURN_NANOS = 1_000;

    private final AtomicInteger connections;
    private final LongSupplier nanoTime;
    private final AtomicLong turn = new AtomicLong(1);
    private final AtomicLong pausesSinceTurn = new AtomicLong();
    private volatile long turnStartNanos;

    /**
     * Creates the turn taking of one server.
     *
     * @param connections the number of open connections, kept up to date by the server
     */
    TurnTaking(AtomicInteger connections) {
        this(connections, System::nanoTime);
    }

    /**
     * Creates the turn taking of one server with a clock of its own (for tests).
     *
     * @param connections the number of open connections, kept up to date by the server
     * @param nanoTime the clock, as {@link System#nanoTime()}
     */
    TurnTaking(AtomicInteger connections, LongSupplier nanoTime) {
        this.connections = connections;
        this.nanoTime = nanoTime;
        this.turnStartNanos = nanoTime.getAsLong();
    }

    /**
     * Lets the other connections run; called by a connection before it reads its next request and
     * after each batch of pipelined requests it served from its buffer.
     *
     * @param lastTurn what the previous call returned to this connection, 0 at first
     * @return the turn this call belonged to, for the next call
     */
    long pause(long lastTurn) {
        long current = countPause();
        if (current == lastTurn) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(TURN_NANOS);
        }
        return current;
    }

    /**
     * Counts a pause and returns the current turn, starting the next one when it is due; a
     * connection whose pause falls in another turn than its previous one takes its turn.
     *
     * @return the turn, 1 or more
     */
    long countPause() {
        long current = turn.get();
        long before = pausesSinceTurn.getAndIncrement(); // the pauses of this turn before this one
        long roundSize = Math.max(1, connections.get());
        boolean due = before >= ROUNDS * roundSize
                || (before > 0 && before % roundSize == 0 && nanoTime.getAsLong() - turnStartNanos >= MAX_TURN_NANOS);
        if (!due) {
            return current;
        }
        if (turn.compareAndSet(current, current + 1)) {
            pausesSinceTurn.set(1);
            turnStartNanos = nanoTime.getAsLong();
        }
        return turn.get();
    }
}
