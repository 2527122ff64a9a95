package dev.kiln.http.core.internal;

import dev.kiln.http.core.Status;
import java.nio.charset.StandardCharsets;

/** Status lines as bytes ({@code HTTP/1.1 200 OK\r\n}), built once per code and reason. */
final class StatusLines {

    private record Entry(String reason, byte[] bytes) {
    }

    private static final Entry[] CACHE = new Entry[600];

    private StatusLines() {
    }

    /** Returns the status line with its CRLF; do not modify the array. */
    static byte[] of(Status status) {
        int code = status.code();
        Entry entry = CACHE[code];
        if (entry != null && entry.reason.equals(status.reason())) {
            return entry.bytes;
        }
        byte[] bytes = ("HTTP/1.1 " + code + " " + status.reason() + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        if (entry == null) {
            // A benign race: two threads may both build the same entry.
            CACHE[code] = new Entry(status.reason(), bytes);
        }
        return bytes;
    }
}
