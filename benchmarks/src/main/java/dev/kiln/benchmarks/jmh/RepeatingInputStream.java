package dev.kiln.benchmarks.jmh;

import java.io.InputStream;

/**
 * An endless stream of the same bytes repeated back to back. A {@code read} returns at most up to
 * the end of the current copy, so each read hands out (the rest of) one request, as one packet would.
 */
final class RepeatingInputStream extends InputStream {

    private final byte[] bytes;
    private int position;

    RepeatingInputStream(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    @Override
    public int read() {
        int b = bytes[position] & 0xFF;
        position = (position + 1) % bytes.length;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n = Math.min(len, bytes.length - position);
        System.arraycopy(bytes, position, b, off, n);
        position = (position + n) % bytes.length;
        return n;
    }
}
