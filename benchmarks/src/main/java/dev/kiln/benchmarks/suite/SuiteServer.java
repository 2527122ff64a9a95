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
 */
public interface SuiteServer extends AutoCloseable {

    /**
     * Starts the server.
     *
     * @param port the port on 127.0.0.1, 0 for any free one
     * @param files the folder holding the static files
     * @return the bound port
     * @throws Exception when it cannot start
     */
    int start(int port, Path files) throws Exception;

    /** Stops the server and frees its threads. */
    @Override
    void close() throws Exception;
}
