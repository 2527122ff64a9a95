package dev.kiln.http.core.internal;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.ResponseBody;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes responses onto a connection (RFC 9112 §4, §6, §7): the cached status line, {@code Date}, the
 * response's headers, the framing ({@code Content-Length}, or chunked with trailers for streams),
 * {@code Connection}, then the body: none for HEAD and for 1xx/204/304, gzipped when negotiated.
 *
 * <p>Everything goes through one reusable per-connection buffer, so a small response is one socket
 * write; nothing is written until {@link #flush()} or the buffer fills, so pipelined responses go out
 * together. One instance per connection; not thread-safe.
 */
public final class ResponseWriter {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");

    private static final byte[] CRLF = ascii("\r\n");
    private static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");
    private static final byte[] CONTENT_LENGTH = ascii("Content-Length: ");
    private static final byte[] CHUNKED = ascii("Transfer-Encoding: chunked\r\n");
    private static final byte[] CONNECTION_CLOSE = ascii("Connection: close\r\n");
    private static final byte[] CONNECTION_KEEP_ALIVE = ascii("Connection: keep-alive\r\n");
    private static final byte[] VARY_ACCEPT_ENCODING = ascii("Vary: Accept-Encoding\r\n");
    private static final byte[] CONTENT_ENCODING_GZIP = ascii("Content-Encoding: gzip\r\n");
    private static final byte[] LAST_CHUNK = ascii("0\r\n");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private enum Framing { NONE, FIXED, CHUNKED, CLOSE_DELIMITED }

    /** Sends a file region straight to the connection, after the buffered bytes have been written. */
    @FunctionalInterface
    interface FileSink {
        /**
         * Sends the bytes of the region.
         *
         * @param file the open file
         * @param position the first byte
         * @param count how many bytes
         * @throws IOException when the file or the socket fails
         */
        void send(FileChannel file, long position, long count) throws IOException;
    }

    private final OutputStream out;
    private final BufferPool pool;
    private byte[] buf;
    private final Compression compression;
    private int count;
    private long bodyBytes;
    private GzipEncoder gzipEncoder;
    private byte[] chunkBuffer;
    private FileSink fileSink;

    /**
     * Creates the writer.
     *
     * @param out the connection's output stream
     * @param capacity the buffer size; responses that fit are written in one call
     * @param compression when to gzip
     */
    public ResponseWriter(OutputStream out, int capacity, Compression compression) {
        this.out = out;
        this.pool = null;
        this.buf = new byte[capacity];
        this.compression = compression;
    }

    /**
     * Creates a writer that takes its buffer from a pool for each response and gives it back when
     * the connection waits ({@link #idle()}).
     *
     * @param out the connection's output stream
     * @param pool where the buffer comes from; its size is the most written in one call
     * @param compression when to gzip
     */
    ResponseWriter(OutputStream out, BufferPool pool, Compression compression) {
        this.out = out;
        this.pool = pool;
        this.compression = compression;
    }

    /**
     * Gives the buffer back to the pool while the connection waits for its next request; the next
     * response takes one again. Does nothing while bytes are pending or without a pool.
     */
    void idle() {
        if (pool != null && buf != null && count == 0) {
            pool.give(buf);
            buf = null;
        }
    }

    private void takeBuffer() {
        if (buf == null) {
            buf = pool.take();
        }
    }

    /**
     * Writes one response into the buffer (and onto the socket when it fills or for large bodies).
     *
     * @param response the response
     * @param headRequest whether the request was HEAD: headers as for GET, no body
     * @param http10 whether the request was HTTP/1.0: no chunking, keep-alive announced explicitly
     * @param keepAlive whether the connection may stay open after this response
     * @param requestHeaders the request's headers, for {@code Accept-Encoding}; {@code null} for none
     * @return whether the connection may stay open (false when the response or its framing closes it)
     * @throws InvalidResponseException when the response cannot be sent as given; nothing was written
     * @throws IOException when writing fails; the connection must be closed
     */
    public boolean send(Response response, boolean headRequest, boolean http10, boolean keepAlive, Headers requestHeaders) throws IOException {
        takeBuffer();
        Status status = response.status();
        Headers headers = response.headers();
        ResponseBody body = response.body();
        String declaredLength = null;
        boolean hasDate = false;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.nameAt(i);
            if (is(name, HeaderNames.CONTENT_LENGTH)) {
                declaredLength = headers.valueAt(i);
            } else if (is(name, HeaderNames.CONNECTION)) {
                if (TokenList.contains(headers.valueAt(i), "close")) {
                    keepAlive = false;
                }
            } else if (is(name, HeaderNames.DATE)) {
                hasDate = true;
            }
        }
        boolean bodyAllowed = !status.forbidsBody();
        boolean eligible = bodyAllowed && GzipNegotiation.eligible(response, compression);
        boolean gzip = eligible && requestHeaders != null && GzipNegotiation.accepts(requestHeaders.first(HeaderNames.ACCEPT_ENCODING));

        Framing framing;
        long length = -1;
        byte[] bytes = null;
        FileChannel file = null;
        // instanceof chains, not pattern switches over the sealed ResponseBody: the JDK links a pattern
        // switch on its first run by generating a class (SwitchBootstraps.typeSwitch), some milliseconds
        // of a cold JVM's time that the server's first request would wait for
        if (body instanceof ResponseBody.Bytes b) {
            bytes = b.bytes();
            checkDeclared(declaredLength, bytes.length);
            if (!bodyAllowed) {
                framing = Framing.NONE;
            } else {
                if (gzip) {
                    bytes = gzipEncoder().encode(bytes);
                }
                framing = Framing.FIXED;
                length = bytes.length;
            }
        } else if (body instanceof ResponseBody.FileRegion region) {
            checkDeclared(declaredLength, region.length());
            if (!bodyAllowed) {
                framing = Framing.NONE;
            } else {
                framing = !gzip ? Framing.FIXED : http10 ? Framing.CLOSE_DELIMITED : Framing.CHUNKED;
                length = region.length();
                if (!headRequest) {
                    file = open(region);
                }
            }
        } else if (body instanceof ResponseBody.Stream) {
            if (!bodyAllowed) {
                framing = Framing.NONE;
            } else if (declaredLength != null) {
                framing = Framing.FIXED;
                length = parseDeclared(declaredLength);
            } else {
                framing = http10 ? Framing.CLOSE_DELIMITED : Framing.CHUNKED;
            }
        } else { // ResponseBody.Empty
            if (!bodyAllowed || (headRequest && declaredLength != null)) {
                framing = Framing.NONE;
            } else {
                checkDeclared(declaredLength, 0);
                framing = Framing.FIXED;
                length = 0;
            }
        }
        if (framing == Framing.CLOSE_DELIMITED) {
            keepAlive = false;
        }

        writeRaw(StatusLines.of(status));
        if (!hasDate) {
            writeRaw(HttpDate.headerLine());
        }
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.nameAt(i);
            if (is(name, HeaderNames.CONTENT_LENGTH) || is(name, HeaderNames.CONNECTION) || is(name, HeaderNames.TRANSFER_ENCODING)) {
                continue;
            }
            writeHeader(name, headers.valueAt(i));
        }
        if (eligible && !TokenList.contains(headers.first(HeaderNames.VARY), HeaderNames.ACCEPT_ENCODING)) {
            writeRaw(VARY_ACCEPT_ENCODING);
        }
        if (gzip) {
            writeRaw(CONTENT_ENCODING_GZIP);
        }
        switch (framing) {
            case FIXED -> {
                if (!gzip || bytes != null) {
                    writeContentLength(length);
                }
            }
            case CHUNKED -> writeRaw(CHUNKED);
            case NONE -> {
                if (declaredLength != null && (headRequest || status.code() == 304)) {
                    writeHeader(HeaderNames.CONTENT_LENGTH, declaredLength);
                }
            }
            case CLOSE_DELIMITED -> {
                // the end of the body is the end of the connection (RFC 9112 §6.3, rule 8)
            }
        }
        if (!keepAlive) {
            writeRaw(CONNECTION_CLOSE);
        } else if (http10) {
            writeRaw(CONNECTION_KEEP_ALIVE);
        }
        writeRaw(CRLF);

        bodyBytes = 0;
        if (headRequest || framing == Framing.NONE) {
            return keepAlive;
        }
        if (body instanceof ResponseBody.Bytes) {
            writeRaw(bytes, 0, bytes.length);
            bodyBytes = bytes.length;
        } else if (body instanceof ResponseBody.FileRegion region) {
            writeFile(file, region, framing, gzip);
        } else if (body instanceof ResponseBody.Stream stream) {
            writeStream(stream, framing, length, gzip, response.headers());
        } // ResponseBody.Empty: nothing after the head
        return keepAlive;
    }

    /**
     * Sends {@code 100 Continue} now, after any responses still buffered (RFC 9110 §10.1.1).
     *
     * @throws IOException when writing fails
     */
    public void sendContinue() throws IOException {
        takeBuffer();
        writeRaw(CONTINUE);
        flush();
    }

    /** Returns the body bytes written for the last response (after compression). @return the count */
    public long bodyBytes() {
        return bodyBytes;
    }

    /** Returns whether bytes are buffered and not yet written. @return whether a flush would write */
    public boolean hasPending() {
        return count > 0;
    }

    /**
     * Writes the buffered bytes to the socket.
     *
     * @throws IOException when writing fails
     */
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /**
     * Lets uncompressed file bodies bypass the buffer: they go to this sink (e.g. {@code sendfile}).
     *
     * @param sink where file regions go, or {@code null} to copy them through the buffer
     */
    void fileSink(FileSink sink) {
        this.fileSink = sink;
    }

    /** Frees the native gzip state and gives the buffer back; call when the connection ends. */
    public void release() {
        idle();
        if (gzipEncoder != null) {
            gzipEncoder.close();
            gzipEncoder = null;
        }
    }

    void writeChunk(byte[] b, int off, int len) throws IOException {
        writeHex(len);
        writeRaw(CRLF);
        writeRaw(b, off, len);
        writeRaw(CRLF);
    }

    void writeLastChunk(Headers trailers) throws IOException {
        writeRaw(LAST_CHUNK);
        for (int i = 0, n = trailers.size(); i < n; i++) {
            writeHeader(trailers.nameAt(i), trailers.valueAt(i));
        }
        writeRaw(CRLF);
    }

    void writeRaw(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - count) {
            flushBuffer();
            if (len >= buf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void writeRaw(byte[] b) throws IOException {
        writeRaw(b, 0, b.length);
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    private void writeHeader(String name, String value) throws IOException {
        writeLatin1(name);
        ensure(2);
        buf[count++] = ':';
        buf[count++] = ' ';
        writeLatin1(value);
        writeRaw(CRLF);
    }

    private void writeLatin1(String s) throws IOException {
        int length = s.length();
        if (length > buf.length - count) {
            flushBuffer();
            if (length > buf.length) {
                out.write(s.getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
        }
        byte[] b = buf;
        int c = count;
        for (int i = 0; i < length; i++) {
            b[c++] = (byte) s.charAt(i);
        }
        count = c;
    }

    private void writeContentLength(long length) throws IOException {
        writeRaw(CONTENT_LENGTH);
        ensure(22);
        if (length == 0) {
            buf[count++] = '0';
        } else {
            int digits = 0;
            for (long v = length; v > 0; v /= 10) {
                digits++;
            }
            int end = count + digits;
            for (long v = length; v > 0; v /= 10) {
                buf[--end] = (byte) ('0' + v % 10);
            }
            count += digits;
        }
        buf[count++] = '\r';
        buf[count++] = '\n';
    }

    private void writeHex(int value) throws IOException {
        ensure(8);
        int digits = Math.max(1, (35 - Integer.numberOfLeadingZeros(value)) / 4);
        for (int i = digits - 1; i >= 0; i--) {
            buf[count++] = HEX[(value >>> (i * 4)) & 0xf];
        }
    }

    private void ensure(int room) throws IOException {
        if (buf.length - count < room) {
            flushBuffer();
        }
    }

    private void writeFile(FileChannel file, ResponseBody.FileRegion region, Framing framing, boolean gzip) throws IOException {
        try (file) {
            // A region that fits in the buffer behind the head is read into it and goes out with the
            // head in one write; a larger one is sent from the file (sendfile) after the head
            if (!gzip && fileSink != null && region.length() > buf.length - count) {
                flushBuffer();
                fileSink.send(file, region.offset(), region.length());
                bodyBytes = region.length();
                return;
            }
            if (!gzip) {
                copyFile(file, region, null);
                bodyBytes = region.length();
                return;
            }
            OutputStream encoded = bodyStream(framing, -1);
            GZIPOutputStream gz = new GZIPOutputStream(encoded, 8192, true);
            copyFile(file, region, gz);
            gz.finish();
            finishBodyStream(encoded, null);
        }
    }

    /** Copies the region into the buffer (and out), or into {@code to} when it is given. */
    private void copyFile(FileChannel file, ResponseBody.FileRegion region, OutputStream to) throws IOException {
        long position = region.offset();
        long remaining = region.length();
        byte[] scratch = to == null ? null : new byte[8192];
        while (remaining > 0) {
            int n;
            if (to == null) {
                if (count == buf.length) {
                    flushBuffer();
                }
                n = file.read(ByteBuffer.wrap(buf, count, (int) Math.min(buf.length - count, remaining)), position);
                if (n > 0) {
                    count += n;
                }
            } else {
                n = file.read(ByteBuffer.wrap(scratch, 0, (int) Math.min(scratch.length, remaining)), position);
                if (n > 0) {
                    to.write(scratch, 0, n);
                }
            }
            if (n < 0) {
                throw new IOException("file " + region.path() + " ended before the declared region");
            }
            position += n;
            remaining -= n;
        }
    }

    private void writeStream(ResponseBody.Stream stream, Framing framing, long declared, boolean gzip, Headers responseHeaders) throws IOException {
        OutputStream encoded = bodyStream(framing, declared);
        Headers trailers = new Headers();
        try {
            if (gzip) {
                GZIPOutputStream gz = new GZIPOutputStream(encoded, 8192, true);
                stream.writer().write(gz, trailers);
                gz.finish();
            } else {
                stream.writer().write(encoded, trailers);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "streaming response body failed; closing the connection", e);
            throw new IOException("streaming response body failed", e);
        }
        finishBodyStream(encoded, trailers);
        if (framing == Framing.FIXED && bodyBytes != declared) {
            throw new IOException("streamed body has " + bodyBytes + " bytes, not its Content-Length " + declared);
        }
    }

    private OutputStream bodyStream(Framing framing, long declared) {
        if (framing == Framing.CHUNKED) {
            return new ChunkedBodyOutputStream(this, chunkBuffer());
        }
        return new CountingOutputStream(this, framing == Framing.FIXED ? declared : -1);
    }

    private void finishBodyStream(OutputStream encoded, Headers trailers) throws IOException {
        if (encoded instanceof ChunkedBodyOutputStream chunked) {
            chunked.finish(trailers == null ? new Headers() : trailers);
            bodyBytes = chunked.bodyBytes();
        } else {
            bodyBytes = ((CountingOutputStream) encoded).count();
        }
    }

    private byte[] chunkBuffer() {
        if (chunkBuffer == null) {
            chunkBuffer = new byte[8192];
        }
        return chunkBuffer;
    }

    private GzipEncoder gzipEncoder() {
        if (gzipEncoder == null) {
            gzipEncoder = new GzipEncoder(compression.level());
        }
        return gzipEncoder;
    }

    private static FileChannel open(ResponseBody.FileRegion region) {
        try {
            FileChannel channel = FileChannel.open(region.path(), StandardOpenOption.READ);
            if (channel.size() < region.offset() + region.length()) {
                channel.close();
                throw new InvalidResponseException("file " + region.path() + " is shorter than the region to send", null);
            }
            return channel;
        } catch (IOException e) {
            throw new InvalidResponseException("cannot open " + region.path(), e);
        }
    }

    private static void checkDeclared(String declared, long actual) {
        if (declared != null && parseDeclared(declared) != actual) {
            throw new InvalidResponseException("Content-Length " + declared + " does not match the body length " + actual, null);
        }
    }

    private static long parseDeclared(String declared) {
        try {
            long value = Long.parseLong(declared.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidResponseException("Content-Length " + declared + " is not a non-negative number", null);
    }

    private static boolean is(String name, String known) {
        return name == known || name.equalsIgnoreCase(known);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
