package dev.kiln.http.router.internal;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a {@code multipart/form-data} body (RFC 7578, framing of RFC 2046 §5.1.1) into parts while
 * reading it, holding one buffer. A part's content is handed out up to the next delimiter
 * {@code CRLF--boundary}; bytes that could be the start of a delimiter are held back until more
 * input decides.
 *
 * <pre>
 *   --b\r\n
 *   Content-Disposition: form-data; name="file"; filename="a.txt"\r\n
 *   \r\n
 *   ...content...\r\n
 *   --b--\r\n
 * </pre>
 */
final class MultipartStream {

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean partDone;
    private boolean finished;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[Math.max(16 * 1024, delimiter.length * 4)];
        // The first delimiter may open the body without a CRLF before it: pretend there was one.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /**
     * Moves to the next part: skips what is left of the current one (or the preamble) and its
     * delimiter, then reads the part's headers.
     *
     * @param maxHeaderSize the largest header section allowed
     * @return the part's headers, or {@code null} after the closing delimiter
     */
    Headers nextPart(int maxHeaderSize) throws IOException {
        if (finished) {
            return null;
        }
        skipContent();
        partDone = false;
        if (!ensure(2)) {
            throw new BadRequestException("multipart body ends before its closing boundary");
        }
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            finished = true;
            return null;
        }
        // transport padding (RFC 2046 §5.1.1), then CRLF
        while (ensure(1) && (buffer[position] == ' ' || buffer[position] == '\t')) {
            position++;
        }
        if (!ensure(2) || buffer[position] != '\r' || buffer[position + 1] != '\n') {
            throw new BadRequestException("malformed multipart body: no line break after a boundary");
        }
        position += 2;
        return readHeaders(maxHeaderSize);
    }

    /** Reads content of the current part; -1 at its end. */
    int read(byte[] target, int offset, int length) throws IOException {
        if (partDone) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        while (true) {
            int found = indexOfDelimiter();
            if (found == position) {
                position += delimiter.length;
                partDone = true;
                return -1;
            }
            int available = found >= 0 ? found - position : limit - delimiter.length + 1 - position;
            if (available > 0) {
                int count = Math.min(length, available);
                System.arraycopy(buffer, position, target, offset, count);
                position += count;
                return count;
            }
            if (!fill()) {
                throw new BadRequestException("multipart body ends before its closing boundary");
            }
        }
    }

    void skipContent() throws IOException {
        byte[] sink = new byte[8192];
        while (read(sink, 0, sink.length) >= 0) {
            // discard
        }
    }

    private Headers readHeaders(int maxHeaderSize) throws IOException {
        Headers headers = new Headers();
        int used = 0;
        while (true) {
            int lineEnd = indexOfCrlf();
            while (lineEnd < 0) {
                if (limit - position > maxHeaderSize - used) {
                    throw new BadRequestException("multipart part headers are larger than " + maxHeaderSize + " bytes");
                }
                if (!fill()) {
                    throw new BadRequestException("multipart body ends inside part headers");
                }
                lineEnd = indexOfCrlf();
            }
            used += lineEnd - position + 2;
            if (used > maxHeaderSize) {
                throw new BadRequestException("multipart part headers are larger than " + maxHeaderSize + " bytes");
            }
            if (lineEnd == position) {
                position += 2;
                return headers.freeze();
            }
            String line = new String(buffer, position, lineEnd - position, StandardCharsets.UTF_8);
            position = lineEnd + 2;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequestException("malformed multipart part header: '" + line + "'");
            }
            try {
                headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("malformed multipart part header: '" + line + "'");
            }
        }
    }

    private int indexOfCrlf() {
        for (int i = position; i + 1 < limit; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        outer:
        for (int i = position; i <= last; i++) {
            if (buffer[i] != '\r') {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean ensure(int count) throws IOException {
        while (limit - position < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Compacts the buffer and reads more; false at the end of the body. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            throw new BadRequestException("malformed multipart body: a line is longer than " + buffer.length + " bytes");
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }
}
