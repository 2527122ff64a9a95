package dev.kiln.http.core;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response body piece by piece, for content that is produced while it is sent. The server
 * sends it with chunked transfer coding (unless the response sets {@code Content-Length}) and writes
 * the trailer fields set during the call after the last chunk (RFC 9112 §7.1.2).
 */
@FunctionalInterface
public interface StreamingBody {

    /**
     * Writes the body.
     *
     * @param body where to write; each {@code flush()} sends what was written so far. Do not close it.
     * @param trailers trailer fields to send after the body; for clients that did not send
     *     {@code TE: trailers} they may be dropped
     * @throws IOException when writing fails, e.g. the client went away; the connection is then closed
     */
    void write(OutputStream body, Headers trailers) throws IOException;
}
