package dev.kiln.benchmarks.suite;

import java.nio.file.Path;

/**
 * One server of the side-by-side suite. Every implementation answers the same routes the same way,
 * on 127.0.0.1 only:
 *
 * <ul>
 *   <li>{@code GET /ping}: {@code 200}, {@code text/plain}, body {@code pong};
 *   <li>{@code POST /json}: parses {@link JsonScenario.Order} from the body, answers
 *       {@link JsonScenario.Receipt} as {@code application/json} ({@code 400} when the body is not
 *       an order);
 *   <li>{@code GET /static/4k.bin} and {@code GET /static/1m.bin}: the files of
 *       {@link StaticFiles}, served the way a user of that server would serve files.
 * </ul>
 *
 * With {@link Settings#tls()} set, servers that {@link #supportsHttps()} serve the same routes over
 * HTTPS on a second port.
 */
public interface SuiteServer extends AutoCloseable {

    /**
     * What to start.
     *
     * @param port the HTTP port on 127.0.0.1, 0 for any free one
     * @param files the folder holding the static files
     * @param tls the key and certificate for HTTPS, or {@code null} for HTTP only
     * @param httpsPort the HTTPS port on 127.0.0.1 when {@code tls} is set, 0 for any free one
     */
    record Settings(int port, Path files, SuiteTls tls, int httpsPort) {
    }

    /**
     * The bound ports.
     *
     * @param http the HTTP port
     * @param https the HTTPS port, or -1 when there is no HTTPS listener
     */
    record Ports(int http, int https) {
    }

    /**
     * Starts the server.
     *
     * @param settings ports, files and TLS
     * @return the bound ports
     * @throws Exception when it cannot start
     */
    Ports start(Settings settings) throws Exception;

    /**
     * Returns whether this server adds an HTTPS listener when TLS is given.
     *
     * @return true unless the suite does not set up HTTPS for this server
     */
    default boolean supportsHttps() {
        return true;
    }

    /** Stops the server and frees its threads. */
    @Override
    void close();
}
