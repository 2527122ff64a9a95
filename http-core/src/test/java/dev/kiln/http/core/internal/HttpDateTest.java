package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDateTest {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    @Test
    void formatsTheRfcExample() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(Instant.parse("1994-11-06T08:49:37Z")));
    }

    @Test
    void formatsLeapDaysAndYearEnds() {
        assertEquals("Thu, 29 Feb 2024 23:59:59 GMT", HttpDate.format(Instant.parse("2024-02-29T23:59:59Z")));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDate.format(Instant.EPOCH));
        assertEquals("Fri, 31 Dec 2100 12:00:00 GMT", HttpDate.format(Instant.parse("2100-12-31T12:00:00Z")));
    }

    @Test
    void agreesWithJavaTimeOnRandomInstants() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 8_000_000_000L));
            assertEquals(IMF_FIXDATE.format(instant), HttpDate.format(instant), instant.toString());
        }
    }

    @Test
    void givesTheCurrentSecondAsAHeaderLine() {
        String line = new String(HttpDate.headerLine(), StandardCharsets.US_ASCII);
        Instant now = Instant.now();
        String expected = "Date: " + IMF_FIXDATE.format(now) + "\r\n";
        String previous = "Date: " + IMF_FIXDATE.format(now.minusSeconds(1)) + "\r\n";
        assertEquals(true, line.equals(expected) || line.equals(previous), line);
    }
}
