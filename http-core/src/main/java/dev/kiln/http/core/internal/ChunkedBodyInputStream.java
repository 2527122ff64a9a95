package dev.kiln.http.core.internal;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.HttpException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A chunked request body (RFC 9112 §7.1), decoded by a state machine that resumes between reads:
 *
 * <pre>
 *   SIZE       5;name=value CRLF     hex size, extensions checked and ignored (EXT)
 *   DATA       hello                 the chunk's bytes, handed to the reader
 *   DATA_CRLF  CRLF                  exactly CRLF after the data
 *   ...        0 CRLF                the last chunk
 *   TRAILER    Name: value CRLF      trailer fields, then an empty line
 *   DONE
 * </pre>
 *
 * Malformed framing throws {@link BadRequestException} (400); an oversized trailer section 431.
 */
public final class ChunkedBodyInputStream extends InputStream {

    /** The longest chunk-size line accepted, extensions included. */
    static final int MAX_SIZE_LINE = 4096;

    private enum State { SIZE, DATA, DATA_CRLF, TRAILER, DONE }

    private final ConnectionInput in;
    private final HeaderParser trailerParser;
    private State state = State.SIZE;
    private long chunkRemaining;
    private Headers trailers = new Headers().freeze();

    /**
     * Creates the stream.
     *
     * @param in the connection's input, positioned at the first chunk
     * @param trailerParser parses the trailer section, with the header section's limits
     */
    public ChunkedBodyInputStream(ConnectionInput in, HeaderParser trailerParser) {
        this.in = in;
        this.trailerParser = trailerParser;
    }

    private final byte[] one = new byte[1];

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            switch (state) {
                case SIZE -> readSize();
                case DATA -> {
                    int n = in.read(b, off, (int) Math.min(len, chunkRemaining));
                    if (n < 0) {
                        throw new BadRequestException("chunked request body ended inside a chunk");
                    }
                    chunkRemaining -= n;
                    if (chunkRemaining == 0) {
                        state = State.DATA_CRLF;
                    }
                    return n;
                }
                case DATA_CRLF -> readDataCrlf();
                case TRAILER -> readTrailer();
                case DONE -> {
                    return -1;
                }
            }
        }
    }

    @Override
    public int available() {
        return state == State.DATA ? (int) Math.min(chunkRemaining, in.buffered()) : 0;
    }

    /** Returns whether the last chunk and the trailer section have been read. @return whether done */
    public boolean isDone() {
        return state == State.DONE;
    }

    /** Returns the trailer fields; empty until the body has been read to its end. @return the trailers */
    public Headers trailers() {
        return trailers;
    }

    private void readSize() throws IOException {
        int lf = in.lineEnd(MAX_SIZE_LINE);
        if (lf == ConnectionInput.TOO_LONG) {
            throw new BadRequestException("chunk size line is longer than " + MAX_SIZE_LINE + " bytes");
        }
        if (lf == ConnectionInput.END_OF_STREAM) {
            throw new BadRequestException("chunked request body ended before its last chunk");
        }
        byte[] b = in.buffer();
        int start = in.position();
        if (lf == start || b[lf - 1] != '\r') {
            throw new BadRequestException("chunk size line ends with a bare LF");
        }
        int end = lf - 1;
        int i = start;
        long size = 0;
        while (i < end && HttpBytes.isHexDigit(b[i])) {
            if (i - start >= 15) {
                throw new BadRequestException("chunk size is too large");
            }
            size = size << 4 | HttpBytes.hexValue(b[i]);
            i++;
        }
        if (i == start) {
            throw new BadRequestException("chunk size is not a hex number");
        }
        checkExtensions(b, i, end);
        in.consumeTo(lf + 1);
        if (size == 0) {
            state = State.TRAILER;
        } else {
            chunkRemaining = size;
            state = State.DATA;
        }
    }

    /** EXT: {@code *( BWS ";" BWS ext-name [ BWS "=" BWS ext-value ] )}; checked, then ignored. */
    private static void checkExtensions(byte[] b, int i, int end) {
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i == end) {
            return;
        }
        if (b[i] != ';') {
            throw new BadRequestException("chunk size is followed by something other than an extension");
        }
        for (; i < end; i++) {
            if (!HttpBytes.isFieldValue(b[i])) {
                throw new BadRequestException("chunk extension has a control character");
            }
        }
    }

    private void readDataCrlf() throws IOException {
        int cr = in.read();
        int lf = in.read();
        if (cr != '\r' || lf != '\n') {
            throw new BadRequestException("chunk data is not followed by CRLF");
        }
        state = State.SIZE;
    }

    private void readTrailer() throws IOException {
        try {
            trailers = trailerParser.parse(in);
        } catch (HttpProtocolException e) {
            throw new HttpException(e.status(), "trailer section: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new BadRequestException("chunked request body ended inside its trailer section");
        }
        state = State.DONE;
    }
}
