package dev.kiln.http.core.internal;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.ResponseBody;

/**
 * Decides whether a response is gzipped (RFC 9110 §12.5.3, §8.4). A response is <em>eligible</em>
 * when compression is on, its type is textual, its body is big enough (or streamed) and it is not
 * partial, already encoded or of a fixed declared length; eligible responses carry
 * {@code Vary: Accept-Encoding}. It is <em>compressed</em> when also the request's
 * {@code Accept-Encoding} gives {@code gzip} (or {@code *}) a q-value above zero.
 */
public final class GzipNegotiation {

    private GzipNegotiation() {
    }

    /**
     * Returns whether the response could be gzipped for some client.
     *
     * @param response the response
     * @param compression the server's settings
     * @return whether it is eligible
     */
    public static boolean eligible(Response response, Compression compression) {
        if (!compression.enabled() || response.status().forbidsBody() || response.status().code() == 206) {
            return false;
        }
        Headers headers = response.headers();
        if (headers.isEmpty()) {
            return false;
        }
        // instanceof, not a pattern switch: each pattern switch spins a class on its first run, which
        // would be the server's first request (ResponseWriter says more)
        ResponseBody body = response.body();
        long size = body instanceof ResponseBody.Bytes bytes ? bytes.bytes().length
                : body instanceof ResponseBody.FileRegion file ? file.length()
                : body instanceof ResponseBody.Stream ? Long.MAX_VALUE
                : 0;
        if (size < compression.minSize() || size == 0) {
            return false;
        }
        return isCompressible(headers.first(HeaderNames.CONTENT_TYPE))
                && !headers.contains(HeaderNames.CONTENT_ENCODING)
                && !headers.contains(HeaderNames.CONTENT_RANGE)
                && !headers.contains(HeaderNames.CONTENT_LENGTH);
    }

    /**
     * Returns whether a media type is worth compressing: text, JSON, JavaScript, XML, SVG.
     *
     * @param contentType the {@code Content-Type} value, or {@code null}
     * @return whether it is textual
     */
    public static boolean isCompressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = Http1Request.mediaType(contentType);
        return type.startsWith("text/")
                || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/javascript") || type.equals("application/xml")
                || type.endsWith("+xml") || type.equals("application/x-www-form-urlencoded");
    }

    /**
     * Returns whether {@code Accept-Encoding} allows gzip: {@code gzip} (or {@code x-gzip}) with a
     * q-value above zero, or else {@code *} with one.
     *
     * @param acceptEncoding the request's header value, or {@code null}
     * @return whether the client accepts gzip
     */
    public static boolean accepts(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int gzip = -1;
        int star = -1;
        for (String element : acceptEncoding.split(",")) {
            int semicolon = element.indexOf(';');
            String coding = (semicolon < 0 ? element : element.substring(0, semicolon)).strip();
            int q = semicolon < 0 ? 1 : qValueIsPositive(element.substring(semicolon + 1)) ? 1 : 0;
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                star = q;
            }
        }
        return gzip >= 0 ? gzip > 0 : star > 0;
    }

    /** RFC 9110 §12.4.2: {@code q=0}, {@code q=0.0}, {@code q=0.000} mean "not acceptable". */
    private static boolean qValueIsPositive(String parameters) {
        for (String parameter : parameters.split(";")) {
            String p = parameter.strip();
            if (p.length() >= 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                String value = p.substring(2).strip();
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c >= '1' && c <= '9') {
                        return true;
                    }
                    if (c != '0' && c != '.') {
                        return false;
                    }
                }
                return false;
            }
        }
        return true;
    }
}
