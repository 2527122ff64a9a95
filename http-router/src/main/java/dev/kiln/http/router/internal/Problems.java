package dev.kiln.http.router.internal;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes error responses as RFC 9457 problem details ({@code application/problem+json}), always
 * through Jackson. Uses its own mapper so that a user's mapper settings cannot change the format.
 */
public final class Problems {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type of a path, query, header or cookie value that cannot be bound. */
    public static final String INVALID_PARAMETER = "urn:kiln:problem:invalid-parameter";
    /** Problem type of a request body that cannot be bound. */
    public static final String INVALID_BODY = "urn:kiln:problem:invalid-body";
    /** Problem type of a body whose JSON does not parse. */
    public static final String MALFORMED_JSON = "urn:kiln:problem:malformed-json";

    /** Made on first use, so that a router that never fails does not pay for a second mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private Problems() {
    }

    /**
     * Returns a problem response for a status alone ({@code type} is {@code about:blank}, the title the
     * reason phrase).
     *
     * @param status the status
     * @param detail the explanation, or {@code null}
     * @return the response
     */
    public static Response of(Status status, String detail) {
        return of(status, detail, null);
    }

    /**
     * Returns a problem response for a status alone, with extra headers.
     *
     * @param status the status
     * @param detail the explanation, or {@code null}
     * @param headers headers to add, or {@code null}
     * @return the response
     */
    public static Response of(Status status, String detail, Headers headers) {
        return of(status, "about:blank", status.reason().isEmpty() ? "HTTP " + status.code() : status.reason(), detail, Map.of(), headers);
    }

    /**
     * Returns a problem response.
     *
     * @param status the status
     * @param type the problem type URI
     * @param title the short summary
     * @param detail the explanation, or {@code null}
     * @param members extra members
     * @param headers extra header fields, or {@code null}
     * @return the response
     */
    public static Response of(Status status, String type, String title, String detail, Map<String, Object> members, Headers headers) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.code());
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.putAll(members);
        Response.Builder builder = Response.builder(status);
        if (headers != null) {
            headers.forEach(builder::addHeader);
        }
        return builder.contentType(MEDIA_TYPE).body(Json.MAPPER.writeValueAsBytes(problem)).build();
    }
}
