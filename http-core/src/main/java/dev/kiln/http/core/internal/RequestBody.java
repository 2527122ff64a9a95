package dev.kiln.http.core.internal;

import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * The body stream a handler reads: the framed stream (fixed length or chunked) plus the rules around
 * it. On the first read it checks a declared length against the body limit (413) and sends
 * {@code 100 Continue} if the client waits for it; every read counts bytes against the limit (413)
 * and turns a stalled client into 408. Any failure marks the body broken, so the connection closes.
 */
public final class RequestBody extends InputStream {

    /** Sends the interim {@code 100 Continue} response. */
    @FunctionalInterface
    public interface ContinueSender {
        /**
         * Sends it now.
         *
         * @throws IOException when writing fails
         */
        void sendContinue() throws IOException;
    }

    /** The largest body read into one exactly sized array (the JVM's array size limit). */
    private static final long MAX_EXACT_ARRAY = Integer.MAX_VALUE - 8;

    private final ConnectionInput in;
    private final InputStream framed;
    private final long declaredLength;
    private final ContinueSender continueSender;
    private long limit;
    private long count;
    private boolean started;
    private boolean finished;
    private boolean broken;
    private boolean continuePending;

    /**
     * Creates the body of one request.
     *
     * @param in the connection's input, positioned at the body
     * @param head the request head, which gives the framing
     * @param trailerParser parses a chunked body's trailer section
     * @param limit the body limit in bytes
     * @param continueSender sends {@code 100 Continue} when the head asked for it
     */
    public RequestBody(ConnectionInput in, RequestHead head, HeaderParser trailerParser, long limit, ContinueSender continueSender) {
        this.in = in;
        this.declaredLength = head.contentLength;
        this.framed = head.contentLength < 0
                ? new ChunkedBodyInputStream(in, trailerParser)
                : new FixedLengthBodyInputStream(in, head.contentLength);
        this.limit = limit;
        this.continueSender = continueSender;
        this.continuePending = head.expectContinue;
    }

    /**
     * Sets the body limit; only before the first read.
     *
     * @param maxBytes the limit in bytes
     * @throws IllegalStateException when reading has started
     */
    public void limit(long maxBytes) {
        if (started) {
            throw new IllegalStateException("the body limit must be set before the body is read");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBodySize must be >= 0, was " + maxBytes);
        }
        this.limit = maxBytes;
    }

    private final byte[] one = new byte[1];

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!started) {
            start();
        }
        if (finished) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        if (broken) {
            throw new IOException("the request body failed earlier");
        }
        int n;
        try {
            n = framed.read(b, off, (int) Math.min(len, limit - count + 1));
        } catch (SocketTimeoutException e) {
            broken = true;
            throw new HttpException(Status.REQUEST_TIMEOUT_408, "request body did not arrive within the body read timeout", e);
        } catch (IOException | RuntimeException e) {
            broken = true;
            throw e;
        }
        if (n < 0) {
            finished = true;
            return -1;
        }
        count += n;
        if (count > limit) {
            broken = true;
            throw tooLarge();
        }
        return n;
    }

    /**
     * Reads the rest of the body. With a declared {@code Content-Length} (already checked against the
     * limit) it allocates exactly the bytes still to come and copies them from the connection's
     * buffer, reading the socket only for what is not buffered yet; a chunked body is read in chunks.
     */
    @Override
    public byte[] readAllBytes() throws IOException {
        if (!(framed instanceof FixedLengthBodyInputStream fixed) || finished || broken) {
            return super.readAllBytes();
        }
        if (!started) {
            start();
        }
        long remaining = fixed.remaining();
        if (remaining > MAX_EXACT_ARRAY) {
            return super.readAllBytes();
        }
        byte[] bytes = new byte[(int) remaining];
        int off = 0;
        while (off < bytes.length) {
            // the fixed-length stream throws when the body ends early, so every read returns bytes
            off += read(bytes, off, bytes.length - off);
        }
        finished = true;
        return bytes;
    }

    private void start() throws IOException {
        started = true;
        if (declaredLength > limit) {
            broken = true;
            throw tooLarge();
        }
        if (continuePending) {
            continuePending = false;
            try {
                continueSender.sendContinue();
            } catch (IOException e) {
                broken = true;
                throw e;
            }
        }
    }

    private HttpException tooLarge() {
        return new HttpException(Status.CONTENT_TOO_LARGE_413, "request body is larger than " + limit + " bytes");
    }

    @Override
    public int available() throws IOException {
        return finished || broken ? 0 : framed.available();
    }

    /** Returns whether the whole body has been read. @return whether it is consumed */
    public boolean isFinished() {
        if (finished) {
            return true;
        }
        return framed instanceof FixedLengthBodyInputStream fixed ? fixed.remaining() == 0 : ((ChunkedBodyInputStream) framed).isDone();
    }

    /** Returns whether the body failed (limit, timeout, malformed): the connection must close. @return whether broken */
    public boolean isBroken() {
        return broken;
    }

    /** Returns the trailer fields of a chunked body once it has been read. @return the trailers, or {@code null} */
    public dev.kiln.http.core.Headers trailers() {
        return framed instanceof ChunkedBodyInputStream chunked ? chunked.trailers() : null;
    }

    /**
     * Reads and discards what the handler left unread, so the connection can carry the next request.
     *
     * @param maxDrain the most bytes to discard
     * @return whether the body is now consumed; {@code false} means the connection must close
     */
    public boolean drain(long maxDrain) {
        if (isFinished()) {
            return true;
        }
        if (broken || continuePending) {
            // The client that still waits for 100 Continue may or may not send the body: close.
            return false;
        }
        try {
            if (framed instanceof FixedLengthBodyInputStream fixed) {
                long remaining = fixed.remaining();
                if (remaining > maxDrain) {
                    return false;
                }
                in.skipFully(remaining);
                finished = true;
                return true;
            }
            byte[] scratch = new byte[4096];
            long drained = 0;
            while (drained <= maxDrain) {
                int n = framed.read(scratch, 0, scratch.length);
                if (n < 0) {
                    finished = true;
                    return true;
                }
                drained += n;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            broken = true;
            return false;
        }
    }
}
