package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GzipNegotiationTest {

    private static final String BIG = "x".repeat(2000);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gzip", "GZIP", "deflate, gzip", "gzip;q=0.5", "br;q=1.0, gzip;q=0.8", "*", "*;q=0.1", "x-gzip", "identity, *;q=1"})
    void acceptsGzipWhenTheClientAllowsIt(String acceptEncoding) {
        assertTrue(GzipNegotiation.accepts(acceptEncoding));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "identity", "br, deflate", "gzip;q=0", "gzip;q=0.000", "*;q=0", "gzip;q=0, *", "*, gzip;q=0"})
    void refusesGzipWhenTheClientDoesNotAllowIt(String acceptEncoding) {
        assertFalse(GzipNegotiation.accepts(acceptEncoding));
    }

    @Test
    void compressesLargeTextualBodiesOnly() {
        Compression on = Compression.defaults();
        assertTrue(GzipNegotiation.eligible(Response.text(BIG), on));
        assertTrue(GzipNegotiation.eligible(Response.builder(Status.OK_200).contentType("application/problem+json").body(BIG).build(), on));
        assertFalse(GzipNegotiation.eligible(Response.text("small"), on));
        assertFalse(GzipNegotiation.eligible(Response.builder(Status.OK_200).contentType("image/png").body(BIG).build(), on));
        assertFalse(GzipNegotiation.eligible(Response.text(BIG), Compression.disabled()));
    }

    @Test
    void neverCompressesPartialOrAlreadyEncodedBodies() {
        Compression on = Compression.defaults();
        assertFalse(GzipNegotiation.eligible(Response.text(Status.PARTIAL_CONTENT_206, BIG), on));
        assertFalse(GzipNegotiation.eligible(Response.text(BIG).withHeader("Content-Range", "bytes 0-1999/5000"), on));
        assertFalse(GzipNegotiation.eligible(Response.text(BIG).withHeader("Content-Encoding", "br"), on));
    }
}
