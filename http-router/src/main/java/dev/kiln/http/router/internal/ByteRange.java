package dev.kiln.http.router.internal;

/** Parses a {@code Range: bytes=...} header with one range (RFC 9110 §14.1.2). */
final class ByteRange {

    /** The result for a valid range that no byte of the file satisfies: answer 416. */
    static final long[] UNSATISFIABLE = new long[0];

    private ByteRange() {
    }

    /**
     * Parses the header.
     *
     * @param header e.g. {@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-20}
     * @param size the file size
     * @return {@code {first, last}} inclusive; {@link #UNSATISFIABLE}; or {@code null} to ignore the
     *     header (malformed, another unit, or several ranges) and send the whole file
     */
    static long[] parse(String header, long size) {
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return null;
        }
        String spec = value.substring(6).strip();
        if (spec.indexOf(',') >= 0) {
            return null;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).strip();
        String last = spec.substring(dash + 1).strip();
        try {
            if (first.isEmpty()) {
                long suffix = parseDigits(last);
                if (suffix == 0 || size == 0) {
                    return UNSATISFIABLE;
                }
                return new long[] {Math.max(0, size - suffix), size - 1};
            }
            long start = parseDigits(first);
            long end = last.isEmpty() ? size - 1 : parseDigits(last);
            if (end < start) {
                return null;
            }
            if (start >= size) {
                return UNSATISFIABLE;
            }
            return new long[] {start, Math.min(end, size - 1)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseDigits(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            throw new NumberFormatException("not a byte position");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new NumberFormatException("not a byte position");
            }
        }
        return Long.parseLong(digits);
    }
}
