package dev.kiln.examples.site.handlers;

import dev.kiln.http.router.Get;
import dev.kiln.http.router.Header;
import dev.kiln.http.router.PathParam;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@code /ping}, {@code /echo/{msg}} and {@code /user-agent}: plain-text answers. */
@Singleton
public final class EchoRoutes {

    /** Creates the routes; they need nothing. */
    @Inject
    public EchoRoutes() {
    }

    /**
     * Answers {@code pong}, for health checks.
     *
     * @return {@code pong}
     */
    @Get("/ping")
    public String ping() {
        return "pong";
    }

    /**
     * Repeats the decoded path segment (gzipped when the client accepts gzip).
     *
     * @param msg the segment after {@code /echo/}
     * @return the same text
     */
    @Get("/echo/{msg}")
    public String echo(@PathParam String msg) {
        return msg;
    }

    /**
     * Shows the client's {@code User-Agent} header.
     *
     * @param userAgent the header, when sent
     * @return its value, or an empty body when it is missing
     */
    @Get("/user-agent")
    public String userAgent(@Header("User-Agent") Optional<String> userAgent) {
        return userAgent.orElse("");
    }
}
