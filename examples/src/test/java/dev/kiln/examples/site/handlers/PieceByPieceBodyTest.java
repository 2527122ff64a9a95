package dev.kiln.examples.site.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PieceByPieceBodyTest {

    @Test
    void writesEveryPieceAndATrailerWithTheSha256OfTheBody() throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            int flushes;

            @Override
            public void flush() {
                flushes++;
            }

            @Override
            public String toString() {
                return flushes + "";
            }
        };
        Headers trailers = new Headers();
        new PieceByPieceBody(5, Duration.ZERO).write(out, trailers);

        String text = new String(out.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(5, text.lines().count());
        assertTrue(text.startsWith("piece 1 of 5: "));
        assertEquals("5", out.toString(), "one flush per piece");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        assertEquals(expected, trailers.first(PieceByPieceBody.TRAILER));
    }
}
