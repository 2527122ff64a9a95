package dev.kiln.examples.site.handlers;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.StreamingBody;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The body of {@code GET /stream}: numbered lines of text, each flushed as its own chunk, then an
 * {@value #TRAILER} trailer field holding the lowercase hex SHA-256 of every byte written (before
 * any gzip coding the server applies).
 */
final class PieceByPieceBody implements StreamingBody {

    /** The trailer field that carries the body's SHA-256. */
    static final String TRAILER = "X-Content-SHA256";

    private final int pieces;
    private final Duration pause;

    /**
     * Creates the body.
     *
     * @param pieces how many lines to write
     * @param pause how long to wait between lines, to show they arrive one by one
     */
    PieceByPieceBody(int pieces, Duration pause) {
        this.pieces = pieces;
        this.pause = pause;
    }

    @Override
    public void write(OutputStream body, Headers trailers) throws IOException {
        MessageDigest sha256 = sha256();
        for (int i = 1; i <= pieces; i++) {
            byte[] piece = ("piece " + i + " of " + pieces + ": written at " + System.nanoTime() + " ns\n")
                    .getBytes(StandardCharsets.US_ASCII);
            sha256.update(piece);
            body.write(piece);
            body.flush();
            if (i < pieces && !pause.isZero()) {
                sleep();
            }
        }
        trailers.set(TRAILER, HexFormat.of().formatHex(sha256.digest()));
    }

    private void sleep() throws IOException {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while streaming", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
