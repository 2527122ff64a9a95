package dev.kiln.http.tls;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;

/**
 * A handler for the plain-HTTP listener that sends every request to HTTPS with
 * {@code 308 Permanent Redirect} (RFC 9110 §15.4.9: the method and body are kept), to the same host,
 * path and query on the HTTPS port.
 *
 * <pre>{@code
 * HttpServer.builder()
 *         .listener(new ListenerConfig("0.0.0.0", 8080, Transport.PLAIN, HttpsRedirect.toPort(8443)))
 *         .listen("0.0.0.0", 8443, tls)
 *         .handler(app)
 *         ...
 * //   > GET /a/b?x=1 HTTP/1.1
 * //   > Host: example.com:8080
 * //   < HTTP/1.1 308 Permanent Redirect
 * //   < Location: https://example.com:8443/a/b?x=1
 * }</pre>
 *
 * <p>The host comes from the {@code Host} header (its port dropped); a request without a usable
 * host, or with the target {@code *}, gets {@code 400 Bad Request}. Thread-safe.
 */
public final class HttpsRedirect implements Handler {

    private static final int DEFAULT_HTTPS_PORT = 443;

    private final int httpsPort;

    private HttpsRedirect(int httpsPort) {
        this.httpsPort = httpsPort;
    }

    /**
     * Redirects to HTTPS on port 443 (the port is then left out of the URL).
     *
     * @return the handler
     */
    public static HttpsRedirect toDefaultPort() {
        return toPort(DEFAULT_HTTPS_PORT);
    }

    /**
     * Redirects to HTTPS on a port.
     *
     * @param httpsPort the HTTPS listener's public port, 1 to 65535
     * @return the handler
     */
    public static HttpsRedirect toPort(int httpsPort) {
        if (httpsPort < 1 || httpsPort > 65535) {
            throw new IllegalArgumentException("https port must be 1..65535, was " + httpsPort);
        }
        return new HttpsRedirect(httpsPort);
    }

    /**
     * Answers {@code 308} with the HTTPS URL in {@code Location}.
     *
     * @param request the plain-HTTP request
     * @return the redirect, or {@code 400} when the request has no usable host or its target is {@code *}
     */
    @Override
    public Response handle(Request request) {
        String host = hostWithoutPort(request.header(HeaderNames.HOST));
        if (host == null) {
            return Response.text(Status.BAD_REQUEST_400, "cannot redirect to HTTPS: missing or malformed Host header\n");
        }
        String path = request.rawPath().isEmpty() ? "/" : request.rawPath(); // absolute form "http://host"
        if (!path.startsWith("/")) {
            return Response.text(Status.BAD_REQUEST_400, "cannot redirect to HTTPS: the request target has no path\n");
        }
        StringBuilder location = new StringBuilder(64).append("https://").append(host);
        if (httpsPort != DEFAULT_HTTPS_PORT) {
            location.append(':').append(httpsPort);
        }
        location.append(path);
        if (request.rawQuery() != null) {
            location.append('?').append(request.rawQuery());
        }
        return Response.builder(Status.PERMANENT_REDIRECT_308)
                .header(HeaderNames.LOCATION, location.toString())
                .build();
    }

    /**
     * Returns the host of a {@code Host} value (RFC 9110 §7.2: uri-host [ ":" port ]), or {@code null}
     * when it is missing or has characters that do not belong in a host name or IP literal.
     */
    static String hostWithoutPort(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return null;
        }
        String host;
        if (hostHeader.startsWith("[")) {
            int close = hostHeader.indexOf(']');
            if (close < 0 || !validPortSuffix(hostHeader.substring(close + 1))) {
                return null;
            }
            host = hostHeader.substring(0, close + 1);
            for (int i = 1; i < host.length() - 1; i++) {
                char c = host.charAt(i);
                if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                    return null;
                }
            }
            return host.length() > 2 ? host : null;
        }
        int colon = hostHeader.indexOf(':');
        host = colon < 0 ? hostHeader : hostHeader.substring(0, colon);
        if (colon >= 0 && !validPortSuffix(hostHeader.substring(colon))) {
            return null;
        }
        if (host.isEmpty()) {
            return null;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
                return null;
            }
        }
        return host;
    }

    private static boolean validPortSuffix(String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        if (suffix.charAt(0) != ':' || suffix.length() > 6) {
            return false;
        }
        for (int i = 1; i < suffix.length(); i++) {
            if (suffix.charAt(i) < '0' || suffix.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "HttpsRedirect[port " + httpsPort + "]";
    }
}
