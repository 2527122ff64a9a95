package dev.kiln.http.tls.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets as many TLS handshakes compute at once as there are carrier threads, in arrival order. The
 * work on a client's hello (key agreement and a signature, a few milliseconds on a slow core) holds
 * its carrier thread to the end; when a hundred clients connect at once, their hellos would
 * otherwise run back to back, and every connection already open would wait for all of them
 * (measured: the whole server silent for 300-400 ms). Through the gate, hellos are worked on one
 * after another, and the requests that arrive meanwhile are served between them.
 *
 * <p>A handshake holds a permit from its client's first bytes until it has to wait for the client
 * ({@link GatedSocket}), so a client that is slow to answer holds none. Thread-safe.
 */
public final class HandshakeGate {

    /** The timed park on entering, in nanoseconds; http-core's turn taking parks the same way. */
    private static final long TURN_NANOS = 1_000;

    private final Semaphore permits;

    /**
     * Creates a gate.
     *
     * @param permits how many handshakes may compute at once (at least 1)
     */
    public HandshakeGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1: " + permits);
        }
        this.permits = new Semaphore(permits, true);
    }

    /**
     * A gate with one permit per carrier thread of the virtual-thread scheduler.
     *
     * @return the gate
     */
    public static HandshakeGate perCarrier() {
        return new HandshakeGate(carriers());
    }

    /**
     * Waits for a permit, in arrival order, then lets the threads already waiting to run go first:
     * a permit is handed over by unparking its next holder on the current carrier, where it would
     * run before anything woken from elsewhere (the connections whose requests arrived). A short
     * timed park queues it behind those instead.
     */
    void enter() {
        permits.acquireUninterruptibly();
        LockSupport.parkNanos(TURN_NANOS);
    }

    /** Gives the permit back. */
    void leave() {
        permits.release();
    }

    /**
     * Returns the permits free now (for tests).
     *
     * @return the free permits
     */
    int free() {
        return permits.availablePermits();
    }

    private static int carriers() {
        String parallelism = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        if (parallelism != null) {
            try {
                return Math.max(1, Integer.parseInt(parallelism.trim()));
            } catch (NumberFormatException ignored) {
                // the JDK refuses to start its scheduler with it too; count the processors
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
