package dev.kiln.http.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.LockSupport;

/**
 * A plain connection's socket, which waits in its server's {@link SelectorLoop} once the connection
 * is kept alive. Until then ({@link #switchToSelector()}) it is in blocking mode and reads and writes
 * as a virtual thread's socket does, so a {@code Connection: close} exchange costs what it did without
 * the loop. After, it is in non-blocking mode, registered with the loop the first time it must wait:
 * reads and writes are tried at once, and a read that must wait parks the connection's thread until
 * the loop has read for it; a write that must wait parks it until the loop sees room in the socket's
 * send buffer.
 *
 * <p>Which reads wait in the selector adapts to the client. The read interest is on while the
 * connection's reads find nothing and wait: the loop reads for a waiting connection as soon as input
 * arrives. If input arrives while the connection is busy instead (its client keeps up with the
 * server, or pipelines), the loop turns the interest off and marks the input ready, and from then on
 * the connection reads directly, without the loop, until a direct read finds nothing; only then does
 * it turn the interest on again and wait. So a socket costs an {@code epoll_ctl} only when its client
 * switches between keeping up and falling behind, and the selector never reports a socket over and
 * over while its connection is busy.
 *
 * <p>One thread (the connection's) reads and writes; the loop's thread calls {@link #ready}, and
 * any thread may call {@link #wakeOwner()} after closing the socket.
 */
final class PolledChannel {

    private static final int RUNNING = 0; // the connection's thread is not waiting to read
    private static final int WAITING = 1; // it waits; the loop may read into dst
    private static final int READING = 2; // the loop is reading for it
    private static final int READY = 3;   // input arrived while RUNNING; the read interest is off

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PolledChannel.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SocketChannel channel;
    private final SelectorLoop loop;
    private final Thread owner;
    /** The socket's key in the loop's selector, once registered; used by the owner only. */
    private SelectionKey key;
    private volatile int state;
    private volatile boolean writeWaiting;
    /** Whether the socket is still in blocking mode, before {@link #switchToSelector()}. */
    private boolean blocking = true;
    /** Whether the read interest is off (or the socket not registered), as the connection's thread last left it. */
    private boolean readInterestOff = true;
    // handed from the waiting connection to the loop and back, published by the state's volatile writes
    private ByteBuffer dst;
    private int result;
    private IOException failure;
    // the connection reads into its one buffer and writes from a few pooled ones: wrap each once
    private final ArrayView readBuffer = new ArrayView();
    private final ArrayView writeBuffer = new ArrayView();

    /**
     * Wraps a connection's socket, in blocking mode; called on the connection's thread, which becomes
     * its owner.
     *
     * @param channel the accepted socket's channel, in blocking mode and not registered anywhere
     * @param loop the server's loop, where the socket waits once switched
     */
    PolledChannel(SocketChannel channel, SelectorLoop loop) {
        this.channel = channel;
        this.loop = loop;
        this.owner = Thread.currentThread();
    }

    /**
     * Switches the socket to non-blocking mode, where its waits go through the loop; does nothing the
     * second time. Called when the connection is kept alive after its first request.
     *
     * @throws IOException when the socket is closed
     */
    void switchToSelector() throws IOException {
        if (blocking) {
            channel.configureBlocking(false);
            blocking = false;
        }
    }

    /** Returns whether the socket is still in blocking mode (see {@link #switchToSelector()}). @return whether it is */
    boolean isBlocking() {
        return blocking;
    }

    /** Returns the socket's input as a stream (reads wait without a timer, as {@link #read} does). @return the stream */
    InputStream inputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = PolledChannel.this.read(one, 0, 1, 0);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : PolledChannel.this.read(b, off, len, 0);
            }
        };
    }

    /** Returns the socket's output as a stream; each write returns once every byte is sent. @return the stream */
    OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writeFully(ByteBuffer.wrap(new byte[] {(byte) b}));
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writeFully(writeBuffer.over(b, off, len));
            }
        };
    }

    /**
     * Reads at least one byte, waiting until some arrive, the stream ends or a deadline passes.
     *
     * @param b where to put them
     * @param off the first index
     * @param len the most bytes, at least 1
     * @param deadlineNanos a {@link System#nanoTime()} after which to stop waiting, 0 for none; in
     *     blocking mode a read waits without one
     * @return how many were read, -1 at the end of the stream, 0 when the deadline passed
     * @throws IOException when reading fails or the socket is closed
     */
    int read(byte[] b, int off, int len, long deadlineNanos) throws IOException {
        ByteBuffer target = readBuffer.over(b, off, len);
        if (blocking) {
            return channel.read(target);
        }
        while (true) {
            if (state == READY && STATE.compareAndSet(this, READY, RUNNING)) {
                readInterestOff = true; // the loop turned it off when the input arrived
            }
            if (readInterestOff) {
                // the selector does not watch this socket while its client keeps up: read directly
                int n = channel.read(target);
                if (n != 0) {
                    return n;
                }
            }
            dst = target;
            failure = null;
            if (!STATE.compareAndSet(this, RUNNING, WAITING)) {
                continue; // input arrived since the check above: take it without waiting
            }
            if (readInterestOff) {
                readInterestOff = false;
                interestOn(SelectionKey.OP_READ);
            }
            return awaitRead(deadlineNanos);
        }
    }

    /**
     * Returns whether the next read, if nothing has arrived, waits in the selector without a syscall
     * of its own: the read interest is on because the previous read had to wait. When it is off, the
     * read is tried directly first, and it pays to let the others run before it. Off in blocking
     * mode: only a non-blocking read turns it on.
     *
     * @return whether the read interest is on
     */
    boolean waitsInSelector() {
        return !readInterestOff;
    }

    /** Returns whether input arrived while no read waited, and is left for the next read to take. @return whether it did */
    boolean isInputReady() {
        return state == READY;
    }

    private int awaitRead(long deadlineNanos) throws IOException {
        while (true) {
            int s = state;
            // the loop has read for this thread; READY means more arrived since, before it ran again
            if (s == RUNNING || s == READY) {
                dst = null;
                if (failure != null) {
                    throw failure;
                }
                return result;
            }
            // the loop unparks this thread whenever it has read for it (READING to RUNNING or back to WAITING)
            if (s == READING) {
                LockSupport.park(this);
                continue;
            }
            if (!channel.isOpen()) {
                if (STATE.compareAndSet(this, WAITING, RUNNING)) {
                    dst = null;
                    throw new SocketException("Socket closed");
                }
                continue;
            }
            if (deadlineNanos == 0) {
                LockSupport.park(this);
            } else {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    if (STATE.compareAndSet(this, WAITING, RUNNING)) {
                        dst = null;
                        return 0;
                    }
                    continue;
                }
                LockSupport.parkNanos(this, left);
            }
        }
    }

    /** Writes every byte, waiting for room in the socket's send buffer as needed. */
    void writeFully(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            if (channel.write(src) == 0) {
                awaitWritable();
            }
        }
    }

    /**
     * Waits until the socket's send buffer has room (or the socket is closed).
     *
     * @throws IOException when the socket is closed
     */
    void awaitWritable() throws IOException {
        writeWaiting = true;
        interestOn(SelectionKey.OP_WRITE);
        while (writeWaiting) {
            if (!channel.isOpen()) {
                writeWaiting = false;
                throw new SocketException("Socket closed");
            }
            LockSupport.park(this);
        }
    }

    /** Adds to the socket's interest, registering it first if need be, and has the loop apply it now. */
    private void interestOn(int ops) throws IOException {
        try {
            if (key == null) {
                key = loop.register(channel, this, ops);
            } else {
                key.interestOpsOr(ops);
            }
        } catch (CancelledKeyException | ClosedChannelException | ClosedSelectorException e) {
            throw new SocketException("Socket closed");
        }
        loop.wakeup();
    }

    /**
     * Called by the loop for a socket ready for what its interest asked.
     *
     * @param key this socket's key (the loop may see it before {@link SelectorLoop#register} has returned it)
     */
    void ready(SelectionKey key) {
        int readyOps = key.readyOps();
        if ((readyOps & SelectionKey.OP_WRITE) != 0 && writeWaiting) {
            key.interestOpsAnd(~SelectionKey.OP_WRITE);
            writeWaiting = false;
            LockSupport.unpark(owner);
        }
        if ((readyOps & SelectionKey.OP_READ) == 0) {
            return;
        }
        while (true) {
            int s = state;
            if (s == WAITING) {
                if (STATE.compareAndSet(this, WAITING, READING)) {
                    readFor();
                    return;
                }
            } else if (s == RUNNING) {
                // interest off before READY is published, so the owner's turning it on again comes after
                key.interestOpsAnd(~SelectionKey.OP_READ);
                if (STATE.compareAndSet(this, RUNNING, READY)) {
                    return;
                }
                key.interestOpsOr(SelectionKey.OP_READ); // the owner began to wait meanwhile: read for it
            } else {
                return; // READY already: a report from before the interest went off
            }
        }
    }

    /** Reads into the waiting owner's buffer and wakes it (state READING on entry). */
    private void readFor() {
        int n;
        try {
            n = channel.read(dst);
        } catch (IOException e) {
            failure = e;
            n = -1;
        }
        if (n == 0) {
            state = WAITING; // nothing after all: go on waiting
        } else {
            result = n;
            state = RUNNING;
        }
        LockSupport.unpark(owner);
    }

    /** Wakes the owner if it waits, after the socket was closed or shut down by another thread. */
    void wakeOwner() {
        closed();
        LockSupport.unpark(owner);
    }

    /**
     * Has the loop release the socket now, after its owner closed it: a closed socket stays open in
     * the kernel until its selector has let it go, and the loop may be waiting in {@code select}.
     */
    void closed() {
        if (key != null) {
            loop.wakeup();
        }
    }

    /** A {@link ByteBuffer} over the array last given, made again only when the array changes. */
    private static final class ArrayView {
        private byte[] array;
        private ByteBuffer buffer;

        ByteBuffer over(byte[] b, int off, int len) {
            if (b != array) {
                array = b;
                buffer = ByteBuffer.wrap(b);
            }
            return buffer.limit(off + len).position(off);
        }
    }
}
