package dev.kiln.http.core.internal;

import dev.kiln.http.core.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} pairs, the format of query strings and HTML form
 * bodies: {@code name=value} joined by {@code &}, {@code +} for space, percent-escapes decoded once.
 * Empty pairs ({@code a=1&&b=2}) are skipped; a name without {@code =} has the empty value.
 */
public final class QueryParser {

    private QueryParser() {
    }

    /**
     * Parses and decodes the pairs.
     *
     * @param raw the encoded text, or {@code null}
     * @return the parameters, in order
     * @throws dev.kiln.http.core.BadRequestException when an escape is malformed or not UTF-8
     */
    public static Parameters parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Parameters.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int start = 0;
        int length = raw.length();
        while (start <= length) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int eq = raw.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = PercentDecoder.decodeComponent(raw.substring(start, end));
                    value = "";
                } else {
                    name = PercentDecoder.decodeComponent(raw.substring(start, eq));
                    value = PercentDecoder.decodeComponent(raw.substring(eq + 1, end));
                }
                values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return Parameters.of(values);
    }
}
