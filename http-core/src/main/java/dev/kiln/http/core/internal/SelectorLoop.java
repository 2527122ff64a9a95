package dev.kiln.http.core.internal;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One selector for the plain connections of a server, and the loop, on a virtual thread of its own,
 * that tells them when their sockets are ready: it reads what has arrived for a connection waiting
 * to read, and wakes a connection waiting to write (see {@link PolledChannel}).
 *
 * <p>Why: a virtual thread's blocking read that finds nothing yet costs a failed {@code read}, an
 * {@code epoll_ctl} arming the JDK's poller for that socket, and a wake-up, for every wait; here a
 * socket is registered once, and one {@code epoll_wait} reports many ready sockets. When clients are
 * slower than the server (they make it wait between requests), that is about 15% (100 connections)
 * to 25% (1,000) less CPU per request on the 2-core VM of the benchmarks; when the server is the
 * slower one, its connections read directly and the loop costs nothing (see {@link PolledChannel}).
 *
 * <p>Only used on JDK 25 and later, where a selector's wait parks a virtual thread instead of
 * blocking its carrier, and not with {@code -Dkiln.blockingReads=true} ({@link #isSupported()}).
 * Thread-safe.
 */
final class SelectorLoop {

    private final String name;
    private final ReentrantLock opening = new ReentrantLock();
    /** Opened at the first registration (about 3 ms, kept off the server's start); null before. */
    private volatile Selector selector;
    private boolean closed;

    /**
     * Prepares a loop; its selector is opened and its thread started at the first registration.
     *
     * @param name the loop thread's name
     */
    SelectorLoop(String name) {
        this.name = name;
    }

    /**
     * Returns whether plain connections should wait in a selector loop: on JDK 25 and later, unless
     * the system property {@code kiln.blockingReads} is {@code true} (then every read is a virtual
     * thread's blocking read, as on older JDKs).
     *
     * @return whether loops may be used
     */
    static boolean isSupported() {
        return Runtime.version().feature() >= 25 && !Boolean.getBoolean("kiln.blockingReads");
    }

    /**
     * Registers a connection's non-blocking socket; the loop applies it at its next wake-up.
     *
     * @param channel the socket
     * @param owner what the loop calls when it is ready
     * @param ops the interest, {@link SelectionKey#OP_READ} and/or {@link SelectionKey#OP_WRITE}
     * @return the key
     * @throws ClosedChannelException when the socket is closed
     * @throws ClosedSelectorException when the loop was closed
     * @throws IOException when the selector cannot be opened
     */
    SelectionKey register(SocketChannel channel, PolledChannel owner, int ops) throws IOException {
        Selector s = selector;
        return channel.register(s != null ? s : open(), ops, owner);
    }

    private Selector open() throws IOException {
        opening.lock();
        try {
            if (closed) {
                throw new ClosedSelectorException();
            }
            if (selector == null) {
                Selector s = Selector.open();
                Thread.ofVirtual().name(name).start(() -> run(s));
                selector = s;
            }
            return selector;
        } finally {
            opening.unlock();
        }
    }

    /** Applies interest changes made from other threads now, rather than at the loop's next wake-up. */
    void wakeup() {
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    /** Closes the selector, if opened, and ends the loop; later registrations fail. */
    void close() {
        opening.lock();
        try {
            closed = true;
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            // closing anyway
        } finally {
            opening.unlock();
        }
    }

    private static void run(Selector selector) {
        while (selector.isOpen()) {
            try {
                if (selector.select(SelectorLoop::ready) > 0) {
                    // let the connections just woken run before looking again
                    Thread.yield();
                }
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException e) {
                if (!selector.isOpen()) {
                    return;
                }
            }
        }
    }

    private static void ready(SelectionKey key) {
        PolledChannel owner = (PolledChannel) key.attachment();
        try {
            owner.ready(key);
        } catch (CancelledKeyException e) {
            // the connection closed meanwhile
        } catch (RuntimeException e) {
            // a fault in one connection must not end the loop the others wait in: end that one
            System.getLogger(SelectorLoop.class.getName()).log(System.Logger.Level.ERROR, "closing a connection", e);
            try {
                key.channel().close();
            } catch (IOException closing) {
                // closed anyway
            }
            owner.wakeOwner();
        }
    }
}
