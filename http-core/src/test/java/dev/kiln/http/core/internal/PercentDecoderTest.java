package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentDecoderTest {

    @Test
    void returnsAPathWithoutEscapesUnchanged() {
        String raw = "/plain/path";
        assertSame(raw, PercentDecoder.decodePath(raw));
    }

    @Test
    void decodesUtf8EscapesInPathsButKeepsPlusAsIs() {
        assertEquals("/caf\u00e9/a+b", PercentDecoder.decodePath("/caf%C3%A9/a+b"));
    }

    @Test
    void decodesEscapesOnlyOnce() {
        assertEquals("/%41", PercentDecoder.decodePath("/%2541"));
    }

    @Test
    void rejectsAPathThatDecodesToNul() {
        assertEquals(400, assertThrows(HttpProtocolException.class, () -> PercentDecoder.decodePath("/a%00")).status().code());
    }

    @Test
    void rejectsInvalidUtf8InAPath() {
        assertEquals(400, assertThrows(HttpProtocolException.class, () -> PercentDecoder.decodePath("/%FF")).status().code());
    }

    @Test
    void decodesPlusAsSpaceInQueryComponents() {
        assertEquals("a b c", PercentDecoder.decodeComponent("a+b%20c"));
    }

    @Test
    void parsesQueryPairsInOrderWithRepeatsAndEmptyValues() {
        Parameters parameters = QueryParser.parse("tag=a&tag=b&flag&x=&&y=%3D");
        assertEquals(List.of("a", "b"), parameters.all("tag"));
        assertEquals("", parameters.first("flag").orElseThrow());
        assertEquals("", parameters.first("x").orElseThrow());
        assertEquals("=", parameters.first("y").orElseThrow());
        assertEquals(List.of("tag", "flag", "x", "y"), List.copyOf(parameters.names()));
    }

    @Test
    void rejectsAMalformedEscapeInAQueryWith400() {
        assertThrows(BadRequestException.class, () -> QueryParser.parse("a=%zz"));
    }
}
