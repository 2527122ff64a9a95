package dev.kiln.http.tls;

import dev.kiln.http.core.Filter;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import java.time.Duration;
import java.util.Objects;

/**
 * A filter that adds {@code Strict-Transport-Security} (HSTS, RFC 6797) to responses sent over
 * HTTPS, so browsers use HTTPS for the host from then on. Responses over plain HTTP never get it
 * (RFC 6797 §7.2), and a header the handler set itself is left alone. Immutable, thread-safe.
 *
 * <pre>{@code
 * Handler app = router.with(StrictTransportSecurity.maxAge(Duration.ofDays(365)).includeSubDomains());
 * //   < Strict-Transport-Security: max-age=31536000; includeSubDomains
 * }</pre>
 *
 * <p>Only responses the handler returns are decorated; error responses the server writes itself
 * for a thrown exception are not.
 */
public final class StrictTransportSecurity implements Filter {

    private final long maxAgeSeconds;
    private final boolean includeSubDomains;
    private final boolean preload;
    private final String value;

    private StrictTransportSecurity(long maxAgeSeconds, boolean includeSubDomains, boolean preload) {
        this.maxAgeSeconds = maxAgeSeconds;
        this.includeSubDomains = includeSubDomains;
        this.preload = preload;
        this.value = "max-age=" + maxAgeSeconds + (includeSubDomains ? "; includeSubDomains" : "") + (preload ? "; preload" : "");
    }

    /**
     * Returns the filter with this max-age and no directives.
     *
     * @param maxAge how long browsers remember to use HTTPS, whole seconds; zero tells them to forget
     * @return the filter
     */
    public static StrictTransportSecurity maxAge(Duration maxAge) {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("max-age must not be negative, was " + maxAge);
        }
        return new StrictTransportSecurity(maxAge.toSeconds(), false, false);
    }

    /**
     * Returns a copy that also covers every subdomain ({@code includeSubDomains}).
     *
     * @return the changed copy
     */
    public StrictTransportSecurity includeSubDomains() {
        return new StrictTransportSecurity(maxAgeSeconds, true, preload);
    }

    /**
     * Returns a copy that asks for inclusion in the browsers' preload lists ({@code preload}); those
     * lists also want {@code includeSubDomains} and a max-age of a year or more.
     *
     * @return the changed copy
     */
    public StrictTransportSecurity preload() {
        return new StrictTransportSecurity(maxAgeSeconds, includeSubDomains, true);
    }

    /**
     * Returns the header value, e.g. {@code max-age=31536000; includeSubDomains}.
     *
     * @return the value
     */
    public String headerValue() {
        return value;
    }

    /**
     * Calls {@code next} and adds the header when the request is secure.
     *
     * @param request the request
     * @param next the rest of the chain
     * @return the response, with the header over HTTPS
     * @throws Exception what {@code next} throws
     */
    @Override
    public Response filter(Request request, Handler next) throws Exception {
        Response response = next.handle(request);
        if (!request.isSecure() || response.headers().contains(HeaderNames.STRICT_TRANSPORT_SECURITY)) {
            return response;
        }
        return response.withHeader(HeaderNames.STRICT_TRANSPORT_SECURITY, value);
    }

    @Override
    public String toString() {
        return "StrictTransportSecurity[" + value + "]";
    }
}
