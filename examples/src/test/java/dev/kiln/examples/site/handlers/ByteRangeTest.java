package dev.kiln.examples.site.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    private static ByteRange.Request parse(String header) {
        return ByteRange.parse(header, 1000);
    }

    @Test
    void readsAClosedRange() {
        assertEquals(new ByteRange.Part(new ByteRange(0, 99)), parse("bytes=0-99"));
        assertEquals("bytes 0-99/1000", new ByteRange(0, 99).contentRange(1000));
        assertEquals(100, new ByteRange(0, 99).length());
    }

    @Test
    void readsAnOpenRangeAndClampsTheEndToTheFile() {
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), parse("bytes=900-"));
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), parse("bytes=900-5000"));
    }

    @Test
    void readsASuffixRange() {
        assertEquals(new ByteRange.Part(new ByteRange(990, 999)), parse("bytes=-10"));
        assertEquals(new ByteRange.Part(new ByteRange(0, 999)), parse("bytes=-5000"));
    }

    @Test
    void findsRangesPastTheEndUnsatisfiable() {
        assertEquals(new ByteRange.Unsatisfiable(), parse("bytes=1000-"));
        assertEquals(new ByteRange.Unsatisfiable(), parse("bytes=-0"));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse("bytes=0-", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "items=0-5", "bytes=5", "bytes=a-b", "bytes=10-5", "bytes=0-1,5-6", "bytes=--5",
            "bytes=-", "bytes=1-x", "bytes=99999999999999999999-"})
    void ignoresHeadersItCannotHonourAndSendsTheWholeFile(String header) {
        assertEquals(new ByteRange.Whole(), parse(header));
    }

    @Test
    void sendsTheWholeFileWithoutARangeHeader() {
        assertEquals(new ByteRange.Whole(), parse(null));
    }
}
