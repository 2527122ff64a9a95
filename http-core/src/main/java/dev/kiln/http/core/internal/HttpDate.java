package dev.kiln.http.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The {@code Date} header line (RFC 9110 §6.6.1, IMF-fixdate), formatted at most once a second and
 * shared by all connections: {@code Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n}. Formatting is plain
 * arithmetic (no {@code java.time.format}), which keeps it off the server's startup path.
 */
public final class HttpDate {

    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private record Line(long second, byte[] bytes) {
    }

    private static volatile Line current = line(System.currentTimeMillis() / 1000);

    private HttpDate() {
    }

    /**
     * Returns the header line for the current second, with its CRLF. Do not modify the array.
     *
     * @return the bytes of {@code Date: ...\r\n}
     */
    public static byte[] headerLine() {
        long second = System.currentTimeMillis() / 1000;
        Line line = current;
        if (line.second != second) {
            line = line(second);
            current = line;
        }
        return line.bytes;
    }

    /**
     * Formats an instant as an HTTP date.
     *
     * @param instant the time, at or after 1970
     * @return e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}
     */
    public static String format(Instant instant) {
        return format(instant.getEpochSecond());
    }

    private static Line line(long second) {
        return new Line(second, ("Date: " + format(second) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Civil date from days since 1970-01-01 (the proleptic Gregorian calendar, era-based). */
    private static String format(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder text = new StringBuilder(29);
        text.append(DAYS[(int) Math.floorMod(days, 7)]).append(", ");
        twoDigits(text, day).append(' ').append(MONTHS[month - 1]).append(' ').append(year).append(' ');
        twoDigits(text, secondOfDay / 3600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        twoDigits(text, secondOfDay % 60).append(" GMT");
        return text.toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
