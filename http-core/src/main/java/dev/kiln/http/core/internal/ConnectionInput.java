package dev.kiln.http.core.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * The reusable read buffer of one connection over its socket's input stream. Parsers look at the
 * bytes in {@link #buffer()} between {@link #position()} and {@link #limit()} and consume them;
 * bodies read through it, so bytes of a pipelined next request that arrived with this one stay
 * buffered for the next parse.
 *
 * <p>Reads are bounded in time: {@link #timeouts(int, long)} sets the longest wait for one read and
 * an optional deadline for a whole phase (the header section), and a read past them throws
 * {@link SocketTimeoutException}. Two ways to enforce them:
 * <ul>
 * <li>swept ({@link #swept}, plain sockets): reads wait without a timer; before each one the input
 *     publishes when it must be done by, and the server's {@link TimeoutSweeper} calls
 *     {@link #expireIfLate(long)}, which shuts the socket's input down so the blocked read ends. A
 *     timed read on a virtual thread costs a task on the JDK's delay scheduler per park, a third of
 *     the CPU of a small request at 1,000 connections; this costs a volatile write.</li>
 * <li>timed (other transports, e.g. TLS sockets layered over the accepted one): applied as the
 *     socket's {@code SO_TIMEOUT} before each read.</li>
 * </ul>
 * Not thread-safe: one connection, one thread (only {@link #expireIfLate(long)} is called by another).
 */
public final class ConnectionInput {

    /** Returned by {@link #lineEnd(int)} when the line is longer than allowed. */
    public static final int TOO_LONG = -2;
    /** Returned by {@link #lineEnd(int)} when the stream ended before the line did. */
    public static final int END_OF_STREAM = -1;

    private final InputStream in;
    private final Socket socket;
    private byte[] buf;
    private int pos;
    private int lim;
    private int readTimeoutMillis;
    private long deadlineNanos;
    private int appliedTimeout = -1;
    private final boolean swept;
    private volatile long readDeadlineNanos;
    private volatile boolean expired;

    /**
     * Creates the buffer over a socket.
     *
     * @param socket the connection, whose {@code SO_TIMEOUT} is set before reads
     * @param in the socket's input stream
     * @param capacity the initial buffer size; it grows up to what the longest line needs
     */
    public ConnectionInput(Socket socket, InputStream in, int capacity) {
        this(socket, in, capacity, false);
    }

    private ConnectionInput(Socket socket, InputStream in, int capacity, boolean swept) {
        this.socket = socket;
        this.in = in;
        this.buf = new byte[capacity];
        this.swept = swept;
    }

    /**
     * Creates the buffer over a socket whose reads wait without {@code SO_TIMEOUT}: a
     * {@link TimeoutSweeper} must call {@link #expireIfLate(long)} periodically. The socket's input
     * must be its own (not a layer over another socket), so that shutting it down ends a blocked read.
     *
     * @param socket the connection
     * @param in the socket's input stream
     * @param capacity the initial buffer size
     * @return the buffer
     */
    public static ConnectionInput swept(Socket socket, InputStream in, int capacity) {
        return new ConnectionInput(socket, in, capacity, true);
    }

    /**
     * Creates the buffer over any stream, without timeouts (for parsing from memory).
     *
     * @param in the bytes to parse
     * @param capacity the initial buffer size
     */
    public ConnectionInput(InputStream in, int capacity) {
        this(null, in, capacity);
    }

    /**
     * Sets how long reads may wait.
     *
     * @param readTimeoutMillis the longest wait for one read, in milliseconds, 0 for no limit
     * @param deadlineNanos a {@link System#nanoTime()} after which no read may wait, 0 for none
     */
    public void timeouts(int readTimeoutMillis, long deadlineNanos) {
        this.readTimeoutMillis = readTimeoutMillis;
        this.deadlineNanos = deadlineNanos;
    }

    /** Returns the buffer; valid bytes are from {@link #position()} to {@link #limit()}. @return the buffer */
    public byte[] buffer() {
        return buf;
    }

    /** Returns the index of the first unconsumed byte. @return the position */
    public int position() {
        return pos;
    }

    /** Returns the index after the last buffered byte. @return the limit */
    public int limit() {
        return lim;
    }

    /** Returns how many bytes are buffered and not yet consumed. @return the count */
    public int buffered() {
        return lim - pos;
    }

    /**
     * Consumes bytes up to (not including) an index.
     *
     * @param newPosition the new position, between the position and the limit
     */
    public void consumeTo(int newPosition) {
        pos = newPosition;
    }

    /**
     * Finds the end of the line that starts at the position, reading more as needed: the index of its
     * LF in {@link #buffer()} (which may have moved, so read the buffer after this call).
     *
     * @param maxLength the longest line accepted, not counting its CRLF
     * @return the index of the LF, {@link #TOO_LONG} or {@link #END_OF_STREAM}
     * @throws IOException when reading fails or times out
     */
    public int lineEnd(int maxLength) throws IOException {
        int scanned = pos;
        while (true) {
            int maxEnd = pos + maxLength + 2;
            int end = Math.min(lim, maxEnd);
            byte[] b = buf;
            for (int i = scanned; i < end; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            if (end >= maxEnd) {
                return TOO_LONG;
            }
            int offset = scanned - pos;
            if (!fill(maxLength + 2)) {
                return END_OF_STREAM;
            }
            scanned = pos + offset;
        }
    }

    /**
     * Reads more bytes into the buffer, waiting for at least one.
     *
     * @return whether bytes were read; {@code false} at the end of the stream
     * @throws IOException when reading fails or times out
     */
    public boolean fill() throws IOException {
        return fill(0);
    }

    private boolean fill(int room) throws IOException {
        if (pos == lim) {
            pos = 0;
            lim = 0;
        } else if (lim == buf.length || buf.length - pos < room) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (buf.length < room) {
            buf = Arrays.copyOf(buf, room);
        }
        int n = readFromStream(buf, lim, buf.length - lim);
        if (n < 0) {
            return false;
        }
        lim += n;
        return true;
    }

    /**
     * Returns the next byte, reading if needed.
     *
     * @return the byte, 0 to 255, or -1 at the end of the stream
     * @throws IOException when reading fails or times out
     */
    public int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    /**
     * Reads bytes: first the buffered ones, then from the socket (large reads bypass the buffer).
     *
     * @param b where to put them
     * @param off the first index
     * @param len the most bytes to read, at least 1
     * @return how many were read, or -1 at the end of the stream
     * @throws IOException when reading fails or times out
     */
    public int read(byte[] b, int off, int len) throws IOException {
        int available = lim - pos;
        if (available == 0) {
            if (len >= buf.length) {
                return readFromStream(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
            available = lim - pos;
        }
        int n = Math.min(available, len);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    /**
     * Skips bytes: first the buffered ones, then by reading.
     *
     * @param count how many to skip
     * @throws IOException when the stream ends first, or reading fails or times out
     */
    public void skipFully(long count) throws IOException {
        while (count > 0) {
            if (pos == lim && !fill()) {
                throw new EOFException("stream ended while skipping");
            }
            int n = (int) Math.min(count, lim - pos);
            pos += n;
            count -= n;
        }
    }

    private int readFromStream(byte[] b, int off, int len) throws IOException {
        if (socket == null) {
            return in.read(b, off, len);
        }
        if (!swept) {
            applyTimeout();
            return in.read(b, off, len);
        }
        readDeadlineNanos = readDeadline();
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            if (expired) {
                throw timedOut(e);
            }
            throw e;
        } finally {
            readDeadlineNanos = 0;
        }
        if (n < 0 && expired) {
            throw timedOut(null);
        }
        return n;
    }

    /** The time the next read must end by: the read timeout from now, or the phase deadline if sooner; 0 for none. */
    private long readDeadline() throws SocketTimeoutException {
        if (expired) {
            throw timedOut(null);
        }
        if (readTimeoutMillis == 0 && deadlineNanos == 0) {
            return 0;
        }
        long now = System.nanoTime();
        long deadline = now + readTimeoutMillis * 1_000_000L;
        if (deadlineNanos != 0) {
            if (deadlineNanos - now <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            if (readTimeoutMillis == 0 || deadlineNanos - deadline < 0) {
                deadline = deadlineNanos;
            }
        }
        return deadline == 0 ? 1 : deadline; // 0 means "no deadline" to the sweeper
    }

    private static SocketTimeoutException timedOut(IOException cause) {
        SocketTimeoutException timeout = new SocketTimeoutException("read timed out");
        if (cause != null) {
            timeout.initCause(cause);
        }
        return timeout;
    }

    /**
     * Ends a read that has waited past its deadline, by shutting down the socket's input: the read
     * then throws {@link SocketTimeoutException}, and the socket's output stays usable for a
     * {@code 408}. Called by the {@link TimeoutSweeper}, from its own thread.
     *
     * @param now the current {@link System#nanoTime()}
     * @return whether the read was late and has been ended
     */
    boolean expireIfLate(long now) {
        long deadline = readDeadlineNanos;
        if (deadline == 0 || now - deadline <= 0 || expired) {
            return false;
        }
        expired = true;
        try {
            socket.shutdownInput();
        } catch (IOException e) {
            // already closed or shut down: the read has ended anyway
        }
        return true;
    }

    private void applyTimeout() throws IOException {
        int timeout = readTimeoutMillis;
        if (deadlineNanos != 0) {
            long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (remaining <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            if (timeout == 0 || remaining < timeout) {
                timeout = (int) Math.min(remaining, Integer.MAX_VALUE);
            }
        }
        if (timeout != appliedTimeout) {
            socket.setSoTimeout(timeout);
            appliedTimeout = timeout;
        }
    }
}
