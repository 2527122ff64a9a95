package dev.kiln.http.core.internal;

import dev.kiln.http.core.Headers;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response body in chunked transfer coding (RFC 9112 §7.1): buffers what the handler writes
 * and sends it as one chunk when the buffer is full or on {@link #flush()}; {@link #finish(Headers)}
 * sends the last chunk and the trailer fields. {@link #close()} does nothing: the server finishes.
 */
final class ChunkedBodyOutputStream extends OutputStream {

    private final ResponseWriter writer;
    private final byte[] chunk;
    private int count;
    private long bodyBytes;

    ChunkedBodyOutputStream(ResponseWriter writer, byte[] chunk) {
        this.writer = writer;
        this.chunk = chunk;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == chunk.length) {
            emitChunk();
        }
        chunk[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= chunk.length) {
            emitChunk();
            writer.writeChunk(b, off, len);
            bodyBytes += len;
            return;
        }
        while (len > 0) {
            if (count == chunk.length) {
                emitChunk();
            }
            int n = Math.min(len, chunk.length - count);
            System.arraycopy(b, off, chunk, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        emitChunk();
        writer.flush();
    }

    @Override
    public void close() {
        // The server sends the last chunk after the writer returns.
    }

    void finish(Headers trailers) throws IOException {
        emitChunk();
        writer.writeLastChunk(trailers);
    }

    long bodyBytes() {
        return bodyBytes;
    }

    private void emitChunk() throws IOException {
        if (count > 0) {
            writer.writeChunk(chunk, 0, count);
            bodyBytes += count;
            count = 0;
        }
    }
}
