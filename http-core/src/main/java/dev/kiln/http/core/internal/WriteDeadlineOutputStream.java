package dev.kiln.http.core.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The socket's output stream with a deadline on each write: a client that stops reading would block
 * a write forever (SO_TIMEOUT bounds reads only), so each write publishes when it must be done by,
 * and the {@link TimeoutSweeper} closes the connection if that passes.
 */
final class WriteDeadlineOutputStream extends OutputStream {

    private final OutputStream out;
    private final long timeoutNanos;
    private volatile long deadline;

    WriteDeadlineOutputStream(OutputStream out, long timeoutNanos) {
        this.out = out;
        this.timeoutNanos = timeoutNanos;
    }

    @Override
    public void write(int b) throws IOException {
        writeStarted();
        try {
            out.write(b);
        } finally {
            writeEnded();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writeStarted();
        try {
            out.write(b, off, len);
        } finally {
            writeEnded();
        }
    }

    /** Publishes the deadline of a write to the socket that starts now (also one that bypasses this stream). */
    void writeStarted() {
        deadline = System.nanoTime() + timeoutNanos;
    }

    /** Withdraws the deadline: the write has ended. */
    void writeEnded() {
        deadline = 0;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Returns whether a write has been blocked past its deadline. */
    boolean isStalled(long now) {
        long d = deadline;
        return d != 0 && now - d > 0;
    }
}
