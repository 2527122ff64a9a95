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
 * an optional deadline for a whole phase (the header section); both are applied as the socket's
 * {@code SO_TIMEOUT} before each read, and a read past them throws {@link SocketTimeoutException}.
 * Not thread-safe: one connection, one thread.
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

    /**
     * Creates the buffer over a socket.
     *
     * @param socket the connection, whose {@code SO_TIMEOUT} is set before reads
     * @param in the socket's input stream
     * @param capacity the initial buffer size; it grows up to what the longest line needs
     */
    public ConnectionInput(Socket socket, InputStream in, int capacity) {
        this.socket = socket;
        this.in = in;
        this.buf = new byte[capacity];
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
        if (socket != null) {
            applyTimeout();
        }
        return in.read(b, off, len);
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
