package dev.kiln.http.core.internal;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzips whole bodies (RFC 1952) with one {@link Deflater} reused for every response of a connection.
 * Not thread-safe; {@link #close()} frees the native deflater.
 */
final class GzipEncoder implements AutoCloseable {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();

    GzipEncoder(int level) {
        deflater = new Deflater(level, true);
    }

    byte[] encode(byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        crc.reset();
        crc.update(data);
        byte[] out = new byte[Math.max(64, data.length / 2 + HEADER.length + 8)];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int n = HEADER.length;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        if (out.length - n < 8) {
            out = Arrays.copyOf(out, n + 8);
        }
        writeIntLe(out, n, (int) crc.getValue());
        writeIntLe(out, n + 4, data.length);
        return Arrays.copyOf(out, n + 8);
    }

    private static void writeIntLe(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    @Override
    public void close() {
        deflater.end();
    }
}
