package dev.kiln.http.core.internal;

import java.io.InputStream;

/** Hands out its bytes in pieces: up to a split offset in the first read, then at most {@code step} per read. */
final class SplitInputStream extends InputStream {

    private final byte[] data;
    private final int split;
    private final int step;
    private int pos;

    SplitInputStream(byte[] data, int split, int step) {
        this.data = data;
        this.split = split;
        this.step = step;
    }

    static SplitInputStream oneBytePerRead(byte[] data) {
        return new SplitInputStream(data, 1, 1);
    }

    @Override
    public int read() {
        return pos < data.length ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos >= data.length) {
            return -1;
        }
        int max = pos < split ? split - pos : step;
        int n = Math.min(Math.min(len, max), data.length - pos);
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
    }
}
