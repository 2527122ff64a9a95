package dev.kiln.http.router;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a test client received.
 *
 * @param status the status code
 * @param headers header fields by lower-case name
 * @param body the body bytes
 */
record Reply(int status, Map<String, List<String>> headers, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        return JSON.readTree(body);
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + text();
    }
}
