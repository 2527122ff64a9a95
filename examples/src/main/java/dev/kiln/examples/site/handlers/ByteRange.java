package dev.kiln.examples.site.handlers;

import java.util.Optional;

/**
 * One byte range of a file, from a {@code Range: bytes=...} request header (RFC 9110 §14.1.2).
 *
 * <p>Only a single range is honoured; a header with several ranges, another unit or bad syntax is
 * ignored (the whole file is sent), as the RFC allows. A syntactically valid range that starts past
 * the end of the file is unsatisfiable (416).
 *
 * @param first the first byte, inclusive
 * @param last the last byte, inclusive
 */
record ByteRange(long first, long last) {

    /** What a {@code Range} header asks of a file of a given size. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** Send the whole file. */
    record Whole() implements Request {
    }

    /**
     * Send this part, 206.
     *
     * @param range the part
     */
    record Part(ByteRange range) implements Request {
    }

    /** No byte of the file is in the range, 416. */
    record Unsatisfiable() implements Request {
    }

    /**
     * Returns the number of bytes in the range.
     *
     * @return the length
     */
    long length() {
        return last - first + 1;
    }

    /**
     * Returns the {@code Content-Range} value for this range of a file.
     *
     * @param size the file's size
     * @return e.g. {@code bytes 0-99/1000}
     */
    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Reads a {@code Range} header against a file's size.
     *
     * @param header the header value, or {@code null}
     * @param size the file's size in bytes
     * @return what to send
     */
    static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = value.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash).trim());
        Optional<Long> end = number(spec.substring(dash + 1).trim());
        if (start.isEmpty()) {
            // suffix range: the last N bytes
            if (end.isEmpty() || !spec.substring(0, dash).isBlank()) {
                return new Whole();
            }
            long suffix = end.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (end.isEmpty() && !spec.substring(dash + 1).isBlank()) {
            return new Whole();
        }
        long first = start.get();
        long last = end.map(e -> Math.min(e, size - 1)).orElse(size - 1);
        if (end.isPresent() && end.get() < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
