package dev.kiln.http.core.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a streamed body without chunking: raw through the response writer, counting bytes, and
 * refusing more than a declared {@code Content-Length} when there is one (-1 for none).
 */
final class CountingOutputStream extends OutputStream {

    private final ResponseWriter writer;
    private final long declared;
    private long count;

    CountingOutputStream(ResponseWriter writer, long declared) {
        this.writer = writer;
        this.declared = declared;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (declared >= 0 && count + len > declared) {
            throw new IOException("streamed body is longer than its Content-Length " + declared);
        }
        writer.writeRaw(b, off, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() {
        // The server ends the response after the writer returns.
    }

    long count() {
        return count;
    }
}
