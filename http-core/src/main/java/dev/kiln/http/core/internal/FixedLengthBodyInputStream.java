package dev.kiln.http.core.internal;

import dev.kiln.http.core.BadRequestException;
import java.io.IOException;
import java.io.InputStream;

/** A request body of a declared {@code Content-Length}, read from the connection's buffer. */
public final class FixedLengthBodyInputStream extends InputStream {

    private final ConnectionInput in;
    private final long length;
    private long remaining;

    /**
     * Creates the stream.
     *
     * @param in the connection's input, positioned at the body
     * @param length the declared length
     */
    public FixedLengthBodyInputStream(ConnectionInput in, long length) {
        this.in = in;
        this.length = length;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int c = in.read();
        if (c < 0) {
            throw endedEarly();
        }
        remaining--;
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw endedEarly();
        }
        remaining -= n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(remaining, in.buffered());
    }

    /** Returns how many body bytes are still unread. @return the count */
    public long remaining() {
        return remaining;
    }

    private BadRequestException endedEarly() {
        return new BadRequestException("request body ended after " + (length - remaining) + " of " + length + " bytes");
    }
}
