package dev.kiln.http.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remembers the last string made from wire bytes in each of a few slots, and returns it again when
 * the same bytes come back (a kept-alive client repeats its target and most header values), so the
 * common request allocates no new string. Comparison is a vectorized array compare. Not thread-safe.
 */
final class Latin1Cache {

    private final byte[][] bytes;
    private final String[] strings;

    Latin1Cache(int slots) {
        bytes = new byte[slots][];
        strings = new String[slots];
    }

    /** Returns whether the slot holds exactly these bytes. */
    boolean matches(int slot, byte[] b, int off, int len) {
        byte[] last = bytes[slot];
        return last != null && Arrays.equals(last, 0, last.length, b, off, off + len);
    }

    /** Returns the slot's string, valid after {@link #matches} returned true. */
    String get(int slot) {
        return strings[slot];
    }

    /** Returns the string for these bytes: the cached one when they match, else a new one, then cached. */
    String string(int slot, byte[] b, int off, int len) {
        if (matches(slot, b, off, len)) {
            return strings[slot];
        }
        String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
        put(slot, b, off, len, s);
        return s;
    }

    /** Caches a string made from these bytes. */
    void put(int slot, byte[] b, int off, int len, String s) {
        bytes[slot] = Arrays.copyOfRange(b, off, off + len);
        strings[slot] = s;
    }
}
