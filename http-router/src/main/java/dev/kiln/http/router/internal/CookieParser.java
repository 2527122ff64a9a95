package dev.kiln.http.router.internal;

import java.util.List;

/** Finds a cookie in {@code Cookie} header values ({@code a=1; b=2}, RFC 6265 §5.4). */
public final class CookieParser {

    private CookieParser() {
    }

    /**
     * Returns the value of the first cookie with this name; a value in double quotes loses them.
     *
     * @param headers the {@code Cookie} field values
     * @param name the cookie name, case-sensitive
     * @return the value, or {@code null} when absent
     */
    public static String find(List<String> headers, String name) {
        for (String header : headers) {
            int start = 0;
            int length = header.length();
            while (start < length) {
                int end = header.indexOf(';', start);
                if (end < 0) {
                    end = length;
                }
                int equals = header.indexOf('=', start);
                if (equals > 0 && equals < end) {
                    int nameStart = skipSpaces(header, start, equals);
                    int nameEnd = trimEnd(header, nameStart, equals);
                    if (nameEnd - nameStart == name.length() && header.regionMatches(nameStart, name, 0, name.length())) {
                        int valueStart = skipSpaces(header, equals + 1, end);
                        int valueEnd = trimEnd(header, valueStart, end);
                        if (valueEnd - valueStart >= 2 && header.charAt(valueStart) == '"' && header.charAt(valueEnd - 1) == '"') {
                            valueStart++;
                            valueEnd--;
                        }
                        return header.substring(valueStart, valueEnd);
                    }
                }
                start = end + 1;
            }
        }
        return null;
    }

    private static int skipSpaces(String text, int from, int to) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }
}
