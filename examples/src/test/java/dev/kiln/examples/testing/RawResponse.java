package dev.kiln.examples.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response read off a raw socket by {@link RawHttp}.
 *
 * @param status the status code
 * @param headers the header fields, names lower-cased, values in order
 * @param body the body, de-chunked
 * @param trailers the trailer fields of a chunked body, names lower-cased
 * @param chunks how many chunks a chunked body came in (0 when not chunked)
 */
public record RawResponse(int status, Map<String, List<String>> headers, byte[] body,
        Map<String, List<String>> trailers, int chunks) {

    /**
     * Returns the first value of a header.
     *
     * @param name the name, any case
     * @return the value, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.getFirst();
    }

    /**
     * Returns the first value of a trailer field.
     *
     * @param name the name, any case
     * @return the value, or {@code null}
     */
    public String trailer(String name) {
        List<String> values = trailers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.getFirst();
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
