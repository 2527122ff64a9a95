package dev.kiln.http.core.internal;

import dev.kiln.http.core.HeaderNames;

/**
 * The header names common in requests, so that the parser can use one shared constant instead of
 * allocating a string per field, and can find the framing fields by index instead of by search.
 * Matching is case-insensitive (RFC 9110 §5.1); a matched name takes the canonical spelling.
 */
final class KnownHeaderNames {

    static final int CONTENT_LENGTH = 0;
    static final int TRANSFER_ENCODING = 1;
    static final int HOST = 2;
    static final int CONNECTION = 3;
    static final int EXPECT = 4;
    static final int CONTENT_TYPE = 5;

    static final String[] NAMES = {
        HeaderNames.CONTENT_LENGTH, HeaderNames.TRANSFER_ENCODING, HeaderNames.HOST,
        HeaderNames.CONNECTION, HeaderNames.EXPECT, HeaderNames.CONTENT_TYPE,
        HeaderNames.ACCEPT, HeaderNames.ACCEPT_ENCODING, "Accept-Language", HeaderNames.AUTHORIZATION,
        HeaderNames.CACHE_CONTROL, HeaderNames.COOKIE, HeaderNames.IF_MODIFIED_SINCE,
        HeaderNames.IF_NONE_MATCH, HeaderNames.IF_RANGE, HeaderNames.KEEP_ALIVE, HeaderNames.ORIGIN,
        HeaderNames.RANGE, HeaderNames.TE, HeaderNames.TRAILER, HeaderNames.USER_AGENT,
        HeaderNames.CONTENT_ENCODING, "Referer", "Pragma", "Upgrade", "Upgrade-Insecure-Requests",
        "DNT", "Priority", "Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User",
        "Sec-CH-UA", "Sec-CH-UA-Mobile", "Sec-CH-UA-Platform", "X-Forwarded-For",
        "X-Forwarded-Proto", "X-Forwarded-Host", "X-Requested-With", "X-Request-Id",
    };

    private static final byte[][] LOWER = new byte[NAMES.length][];
    /** For each name length, the indexes of the known names of that length. */
    private static final int[][] BY_LENGTH = new int[64][];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            String name = NAMES[i];
            byte[] lower = new byte[name.length()];
            for (int j = 0; j < lower.length; j++) {
                lower[j] = (byte) Character.toLowerCase(name.charAt(j));
            }
            LOWER[i] = lower;
            int[] old = BY_LENGTH[name.length()];
            int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = i;
            BY_LENGTH[name.length()] = grown;
        }
    }

    private KnownHeaderNames() {
    }

    /**
     * Returns the index of the known name spelled by these bytes, in any case.
     *
     * @param b the buffer
     * @param off the first byte of the name
     * @param len the name's length
     * @return the index into {@link #NAMES}, or -1
     */
    static int find(byte[] b, int off, int len) {
        if (len >= BY_LENGTH.length) {
            return -1;
        }
        int[] candidates = BY_LENGTH[len];
        if (candidates == null) {
            return -1;
        }
        outer:
        for (int index : candidates) {
            byte[] lower = LOWER[index];
            for (int i = 0; i < len; i++) {
                // Token characters: OR-ing 0x20 lower-cases letters and leaves '-' and digits alone.
                int c = b[off + i];
                if (c >= 'A' && c <= 'Z') {
                    c |= 0x20;
                }
                if (c != lower[i]) {
                    continue outer;
                }
            }
            return index;
        }
        return -1;
    }
}
