package dev.kiln.http.router.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Answers a request with a regular file: {@code ETag} and {@code Last-Modified} validators,
 * {@code 304} on {@code If-None-Match} / {@code If-Modified-Since} (RFC 9110 §13), and one byte
 * range with {@code 206} or {@code 416} (RFC 9110 §14). A request for several ranges gets the whole
 * file with {@code 200}, which RFC 9110 §14.2 allows (a server may ignore {@code Range}); so does a
 * syntactically invalid {@code Range} and one whose {@code If-Range} no longer matches.
 */
public final class FileResponder {

    /** IMF-fixdate (RFC 9110 §5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private FileResponder() {
    }

    /**
     * Answers with a file whose attributes the caller has already read.
     *
     * @param request the request (its method and conditional/range headers)
     * @param file a regular, readable file
     * @param attributes its attributes: size and modification time
     * @param contentType the content type to send
     * @param cacheControl the {@code Cache-Control} value, or {@code null} for none
     * @return the response: 200, 206, 304 or 416
     */
    public static Response respond(Request request, Path file, BasicFileAttributes attributes, String contentType, String cacheControl) {
        long size = attributes.size();
        long modifiedMillis = attributes.lastModifiedTime().toMillis();
        long modifiedSeconds = Math.floorDiv(modifiedMillis, 1000);
        // A strong validator from size and modification time in milliseconds.
        String etag = "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(size) + "\"";
        String lastModified = HTTP_DATE.format(Instant.ofEpochSecond(modifiedSeconds));

        Response.Builder builder = Response.builder(Status.OK_200)
                .header(HeaderNames.ETAG, etag)
                .header(HeaderNames.LAST_MODIFIED, lastModified)
                .header(HeaderNames.ACCEPT_RANGES, "bytes");
        if (cacheControl != null) {
            builder.header(HeaderNames.CACHE_CONTROL, cacheControl);
        }
        if (notModified(request, etag, modifiedSeconds)) {
            return builder.status(Status.NOT_MODIFIED_304).build();
        }
        builder.contentType(contentType);
        String range = request.header(HeaderNames.RANGE);
        if (range != null && (request.method() == Method.GET || request.method() == Method.HEAD)
                && ifRangeMatches(request.header(HeaderNames.IF_RANGE), etag, modifiedSeconds)) {
            long[] span = ByteRange.parse(range, size);
            if (span == ByteRange.UNSATISFIABLE) {
                return Response.builder(Status.RANGE_NOT_SATISFIABLE_416)
                        .header(HeaderNames.CONTENT_RANGE, "bytes */" + size)
                        .header(HeaderNames.ACCEPT_RANGES, "bytes")
                        .build();
            }
            if (span != null) {
                return builder.status(Status.PARTIAL_CONTENT_206)
                        .header(HeaderNames.CONTENT_RANGE, "bytes " + span[0] + "-" + span[1] + "/" + size)
                        .file(file, span[0], span[1] - span[0] + 1)
                        .build();
            }
        }
        return builder.file(file, 0, size).build();
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since (GET/HEAD only). */
    private static boolean notModified(Request request, String etag, long modifiedSeconds) {
        String ifNoneMatch = request.header(HeaderNames.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.header(HeaderNames.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && (request.method() == Method.GET || request.method() == Method.HEAD)) {
            Long since = parseDate(ifModifiedSince);
            return since != null && modifiedSeconds <= since;
        }
        return false;
    }

    /** Weak comparison (RFC 9110 §8.8.3.2) against a list of entity tags, or {@code *}. */
    private static boolean matchesAny(String header, String etag) {
        String opaque = etag.substring(1, etag.length() - 1);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9110 §13.1.5: a strong entity tag must match exactly, a date must equal Last-Modified. */
    private static boolean ifRangeMatches(String ifRange, String etag, long modifiedSeconds) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        Long date = parseDate(value);
        return date != null && date == modifiedSeconds;
    }

    private static Long parseDate(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
