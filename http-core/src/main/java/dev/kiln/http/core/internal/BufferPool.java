package dev.kiln.http.core.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Byte arrays of one size shared by the connections of a server, so that a connection holds its
 * output buffer only while it writes a response, not while it waits for the next request: at 1,000
 * kept-alive connections that is a handful of buffers instead of a thousand. A few free arrays are
 * kept; beyond that a returned array is left to the garbage collector. Thread-safe and lock-free.
 */
final class BufferPool {

    private final int bufferSize;
    private final AtomicReferenceArray<byte[]> free;

    /**
     * Creates an empty pool.
     *
     * @param bufferSize the size of every array
     * @param kept how many free arrays are kept at most
     */
    BufferPool(int bufferSize, int kept) {
        this.bufferSize = bufferSize;
        this.free = new AtomicReferenceArray<>(kept);
    }

    /** Returns a free array, or a new one when none is free. @return an array of the pool's size */
    byte[] take() {
        for (int i = 0, n = free.length(); i < n; i++) {
            byte[] b;
            if (free.getPlain(i) != null && (b = free.getAndSet(i, null)) != null) {
                return b;
            }
        }
        return new byte[bufferSize];
    }

    /**
     * Gives an array back; the caller must not use it afterwards.
     *
     * @param b an array taken from this pool
     */
    void give(byte[] b) {
        for (int i = 0, n = free.length(); i < n; i++) {
            if (free.getPlain(i) == null && free.compareAndSet(i, null, b)) {
                return;
            }
        }
    }
}
