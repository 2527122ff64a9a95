package dev.kiln.http.core.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * stands for much work, e.g. a batch of pipelined requests), each connection takes a turn instead:
 * it parks until the turn's releaser wakes it. The releaser is a virtual thread started for the
 * turn, which first waits a timed park of {@value #TURN_NANOS} ns, so that the scheduler's platform
 * timer thread puts it in the submission queue behind what that thread woke; it runs once every
 * connection of the round has parked and the local queue has emptied, after what waited ahead of
 * it, and then wakes the connections parked for the turn. A connection that pauses in the turn
 * after that (it was waiting elsewhere, e.g. on the poller, while the others parked) skips it: a
 * releaser of its own would wait for the local queue to empty again, at the next turn. One timer
 * wake-up per turn instead of one per connection: the timer thread shares the carriers' cores, and
 * waking it cost two context switches each time. Thread-safe.
 */
final class TurnTaking {

    /** Rounds between two turns through the submission queue. */
    static final int ROUNDS = 16;
    /** After this long since the last turn, the next round is a turn. */
    static final long MAX_TURN_MILLIS = 100;
    private static final long MAX_TURN_NANOS = MAX_TURN_MILLIS * 1_000_000;
    /** The releaser's timed park, which takes it through the submission queue, in nanoseconds. */
    static final long TURN_NANOS = 1_000;

    private final AtomicInteger connections;
    private final LongSupplier nanoTime;
    private final AtomicLong turn = new AtomicLong(1);
    private final AtomicLong pausesSinceTurn = new AtomicLong();
    private volatile long turnStartNanos;
    /** The connections parked for a turn, until a releaser wakes them. */
    private final Queue<Thread> turning = new ConcurrentLinkedQueue<>();
    /** Whether a releaser has started and not yet begun waking the parked connections. */
    private final AtomicBoolean releaseDue = new AtomicBoolean();
    /** The last turn whose releaser has run; a connection that pauses in it later has missed it. */
    private volatile long releasedTurn;

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
        return pause(lastTurn, true);
    }

    /**
     * {@link #pause(long)}, with the yield optional: a connection about to park in the server's
     * selector lets the others run as it parks, and only takes its turn when one is due.
     *
     * @param lastTurn what the previous call returned to this connection, 0 at first
     * @param yield whether to yield when no turn is due
     * @return the turn this call belonged to, for the next call
     */
    long pause(long lastTurn, boolean yield) {
        long current = countPause();
        if (current != lastTurn && current != releasedTurn) {
            takeTurn(current);
        } else if (yield) {
            Thread.yield();
        }
        return current;
    }

    /** Parks the calling connection until a releaser, started if none is due, wakes it. */
    private void takeTurn(long current) {
        turning.add(Thread.currentThread());
        if (!releaseDue.get() && releaseDue.compareAndSet(false, true)) {
            Thread.ofVirtual().start(() -> release(current));
        }
        LockSupport.park(this); // a spurious return only ends this connection's turn early
    }

    /** Waits behind what is in the submission queue, then wakes the connections taking a turn. */
    private void release(long releasing) {
        LockSupport.parkNanos(TURN_NANOS);
        releasedTurn = releasing;
        releaseDue.set(false); // before the wake-ups: a connection queued after them starts a releaser
        for (Thread t; (t = turning.poll()) != null; ) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Counts a pause and returns the current turn, starting the next one when it is due; a
     * connection whose pause falls in another turn than its previous one takes its turn, unless
     * that turn's releaser has already run.
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
