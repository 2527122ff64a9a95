package dev.kiln.http.core.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Status;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses a header (or trailer) section, RFC 9112 §5: {@code field-name ":" OWS field-value OWS CRLF}
 * lines up to an empty line, with a shrinking byte budget and a field count limit (both 431).
 *
 * <p>Rejected with 400: obs-fold (a line starting with whitespace), whitespace before the colon, an
 * empty or non-token name, NUL, bare CR and other control bytes in a value, a line ending in a bare LF.
 * Fields with the same name are combined into one, values joined by {@code ", "} ({@code "; "} for
 * {@code Cookie}), as RFC 9110 §5.3 allows. Well-known names take one shared canonical string.
 *
 * <p>One instance per connection, reused for every request; not thread-safe.
 */
public final class HeaderParser {

    private final int maxSectionSize;
    private final int maxCount;
    private String[] names = new String[16];
    private String[] values = new String[16];
    private int count;
    /** For each known name, 1 + its index in {@link #names}, or 0 when absent. */
    private final int[] known = new int[KnownHeaderNames.NAMES.length];
    /**
     * For each known name, the last value seen on this connection: clients repeat the same Host,
     * User-Agent, Accept… on every request, so an identical value is reused instead of allocated.
     */
    private final Latin1Cache lastValues = new Latin1Cache(KnownHeaderNames.NAMES.length);

    /**
     * Creates a parser.
     *
     * @param maxSectionSize the most bytes of field lines with their CRLFs, not counting the empty
     *     line that ends the section
     * @param maxCount the most fields
     */
    public HeaderParser(int maxSectionSize, int maxCount) {
        this.maxSectionSize = maxSectionSize;
        this.maxCount = maxCount;
    }

    /**
     * Reads one section, up to and including its empty line.
     *
     * @param in the connection's input, positioned at the first field line
     * @return the fields, read-only
     * @throws HttpProtocolException 400 when malformed, 431 when over a limit
     * @throws EOFException when the stream ends inside the section
     * @throws IOException when reading fails or times out
     */
    public Headers parse(ConnectionInput in) throws IOException {
        Arrays.fill(known, 0);
        count = 0;
        int budget = maxSectionSize;
        while (true) {
            int lf = in.lineEnd(Math.max(budget - 2, 0));
            if (lf == ConnectionInput.TOO_LONG) {
                throw new HttpProtocolException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE_431,
                        "header section is larger than " + maxSectionSize + " bytes");
            }
            if (lf == ConnectionInput.END_OF_STREAM) {
                throw new EOFException("stream ended inside the header section");
            }
            byte[] b = in.buffer();
            int start = in.position();
            if (lf == start || b[lf - 1] != '\r') {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, "header line ends with a bare LF; lines must end with CRLF");
            }
            int end = lf - 1;
            if (end == start) {
                in.consumeTo(lf + 1);
                return build();
            }
            parseLine(b, start, end);
            budget -= lf + 1 - start;
            in.consumeTo(lf + 1);
        }
    }

    private void parseLine(byte[] b, int start, int end) {
        if (b[start] == ' ' || b[start] == '\t') {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "obs-fold (a header line starting with whitespace) is not allowed");
        }
        int i = start;
        while (i < end && HttpBytes.isToken(b[i])) {
            i++;
        }
        if (i == end || b[i] != ':') {
            String message;
            if (i < end && (b[i] == ' ' || b[i] == '\t')) {
                message = "whitespace between a header name and its colon is not allowed";
            } else if (i == end) {
                message = "header line has no colon";
            } else {
                message = "header name has a character not allowed in a token";
            }
            throw new HttpProtocolException(Status.BAD_REQUEST_400, message);
        }
        if (i == start) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "header line has an empty name");
        }
        int nameEnd = i;
        int valueStart = i + 1;
        while (valueStart < end && (b[valueStart] == ' ' || b[valueStart] == '\t')) {
            valueStart++;
        }
        int valueEnd = end;
        while (valueEnd > valueStart && (b[valueEnd - 1] == ' ' || b[valueEnd - 1] == '\t')) {
            valueEnd--;
        }
        for (int j = valueStart; j < valueEnd; j++) {
            if (!HttpBytes.isFieldValue(b[j])) {
                throw new HttpProtocolException(Status.BAD_REQUEST_400, switch (b[j]) {
                    case 0 -> "header value has a NUL byte";
                    case '\r' -> "header value has a bare CR";
                    default -> "header value has a control character";
                });
            }
        }
        int knownIndex = KnownHeaderNames.find(b, start, nameEnd - start);
        if (knownIndex >= 0) {
            String value = lastValues.string(knownIndex, b, valueStart, valueEnd - valueStart);
            int slot = known[knownIndex];
            if (slot != 0) {
                combine(slot - 1, value);
                return;
            }
            known[knownIndex] = append(KnownHeaderNames.NAMES[knownIndex], value) + 1;
            return;
        }
        String value = new String(b, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
        int length = nameEnd - start;
        String name = new String(b, start, length, StandardCharsets.ISO_8859_1);
        for (int j = 0; j < count; j++) {
            if (names[j].length() == length && names[j].equalsIgnoreCase(name)) {
                combine(j, value);
                return;
            }
        }
        append(name, value);
    }

    private int append(String name, String value) {
        if (count == maxCount) {
            throw new HttpProtocolException(Status.REQUEST_HEADER_FIELDS_TOO_LARGE_431, "more than " + maxCount + " header fields");
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        names[count] = name;
        values[count] = value;
        return count++;
    }

    private void combine(int index, String value) {
        String separator = names[index] == HeaderNames.COOKIE ? "; " : ", ";
        values[index] = values[index] + separator + value;
    }

    private Headers build() {
        Headers headers = new Headers(count);
        for (int i = 0; i < count; i++) {
            headers.add(names[i], values[i]);
        }
        return headers.freeze();
    }

    /**
     * Returns the (combined) value of a well-known field of the last section parsed.
     *
     * @param knownIndex an index of {@link KnownHeaderNames}
     * @return the value, or {@code null} when absent
     */
    String known(int knownIndex) {
        int slot = known[knownIndex];
        return slot == 0 ? null : values[slot - 1];
    }
}
