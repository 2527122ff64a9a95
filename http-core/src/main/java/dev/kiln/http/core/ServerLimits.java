package dev.kiln.http.core;

import java.time.Duration;

/**
 * Every limit and timeout of the server, in one place. Each limit maps to one status:
 *
 * <table class="striped">
 * <caption>Limits, their defaults, and what exceeding them answers</caption>
 * <tr><th>limit</th><th>default</th><th>meaning</th><th>when exceeded</th></tr>
 * <tr><td>{@code maxRequestLineLength}</td><td>8192 bytes</td><td>the request line (method, target, version) must fit in this many bytes</td><td>{@code 414 URI Too Long}</td></tr>
 * <tr><td>{@code maxHeaderSectionSize}</td><td>16384 bytes</td><td>the header section (all field lines and their CRLFs) must fit in this many bytes</td><td>{@code 431 Request Header Fields Too Large}</td></tr>
 * <tr><td>{@code maxHeaderCount}</td><td>100</td><td>the most header fields in one request</td><td>{@code 431 Request Header Fields Too Large}</td></tr>
 * <tr><td>{@code maxBodySize}</td><td>10 MiB</td><td>the largest request body, declared or chunked; a route may change it per request with {@link Request#maxBodySize(long)}</td><td>{@code 413 Content Too Large}</td></tr>
 * <tr><td>{@code maxDrainSize}</td><td>64 KiB</td><td>the most unread body bytes the server reads and discards to keep a connection open; a larger rest closes it</td><td>connection closed after the response</td></tr>
 * <tr><td>{@code maxConnections}</td><td>10000</td><td>the most connections open at once per server</td><td>{@code 503 Service Unavailable}, then close</td></tr>
 * <tr><td>{@code headerTimeout}</td><td>20 s</td><td>the request line and headers must arrive within this time of their first byte (slowloris)</td><td>{@code 408 Request Timeout}, then close</td></tr>
 * <tr><td>{@code idleTimeout}</td><td>60 s</td><td>a kept-alive connection with no new request for this long is closed; so is one whose client stops reading a response for this long (a write blocked that long)</td><td>closed silently</td></tr>
 * <tr><td>{@code bodyReadTimeout}</td><td>30 s</td><td>the longest wait for the next bytes of a request body</td><td>{@code 408 Request Timeout}, then close</td></tr>
 * </table>
 *
 * <p>Timing: on plain HTTP connections the three timeouts (and the blocked-write check) are enforced
 * by one thread per server that looks at every connection every 100 ms, so a timeout fires between
 * its value and its value plus 100 ms; reads themselves wait without a timer, which is cheaper on
 * virtual threads. Over TLS, reads are bounded with the socket's {@code SO_TIMEOUT} (to the
 * millisecond) and blocked writes by the same 100 ms sweep.
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code with…} methods.
 *
 * @param maxRequestLineLength the request line (method, target, version) must fit in this many bytes
 * @param maxHeaderSectionSize the header section (all field lines and their CRLFs) must fit in this many bytes
 * @param maxHeaderCount the most header fields in one request
 * @param maxBodySize the largest request body, declared or chunked; a route may change it per request with {@link Request#maxBodySize(long)}
 * @param maxDrainSize the most unread body bytes the server reads and discards to keep a connection open; a larger rest closes it
 * @param maxConnections the most connections open at once per server
 * @param headerTimeout the request line and headers must arrive within this time of their first byte (slowloris)
 * @param idleTimeout a kept-alive connection with no new request for this long is closed, and so is one whose response write stays blocked this long
 * @param bodyReadTimeout the longest wait for the next bytes of a request body
 */
public record ServerLimits(
        int maxRequestLineLength,
        int maxHeaderSectionSize,
        int maxHeaderCount,
        long maxBodySize,
        long maxDrainSize,
        int maxConnections,
        Duration headerTimeout,
        Duration idleTimeout,
        Duration bodyReadTimeout) {

    /** Default of {@link #maxRequestLineLength()}: 8192 bytes. */
    public static final int DEFAULT_MAX_REQUEST_LINE_LENGTH = 8 * 1024;
    /** Default of {@link #maxHeaderSectionSize()}: 16384 bytes. */
    public static final int DEFAULT_MAX_HEADER_SECTION_SIZE = 16 * 1024;
    /** Default of {@link #maxHeaderCount()}: 100. */
    public static final int DEFAULT_MAX_HEADER_COUNT = 100;
    /** Default of {@link #maxBodySize()}: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 10L * 1024 * 1024;
    /** Default of {@link #maxDrainSize()}: 64 KiB. */
    public static final long DEFAULT_MAX_DRAIN_SIZE = 64L * 1024;
    /** Default of {@link #maxConnections()}: 10000. */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    /** Default of {@link #headerTimeout()}: 20 s. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);
    /** Default of {@link #idleTimeout()}: 60 s. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Default of {@link #bodyReadTimeout()}: 30 s. */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Checks the limits.
     *
     * @param maxRequestLineLength the request line (method, target, version) must fit in this many bytes
     * @param maxHeaderSectionSize the header section (all field lines and their CRLFs) must fit in this many bytes
     * @param maxHeaderCount the most header fields in one request
     * @param maxBodySize the largest request body, declared or chunked; a route may change it per request with {@link Request#maxBodySize(long)}
     * @param maxDrainSize the most unread body bytes the server reads and discards to keep a connection open; a larger rest closes it
     * @param maxConnections the most connections open at once per server
     * @param headerTimeout the request line and headers must arrive within this time of their first byte (slowloris)
     * @param idleTimeout a kept-alive connection with no new request for this long is closed
     * @param bodyReadTimeout the longest wait for the next bytes of a request body
     */
    public ServerLimits {
        if (maxRequestLineLength < 1) {
            throw new IllegalArgumentException("maxRequestLineLength must be >= 1, was " + maxRequestLineLength);
        }
        if (maxHeaderSectionSize < 1) {
            throw new IllegalArgumentException("maxHeaderSectionSize must be >= 1, was " + maxHeaderSectionSize);
        }
        if (maxHeaderCount < 1) {
            throw new IllegalArgumentException("maxHeaderCount must be >= 1, was " + maxHeaderCount);
        }
        if (maxBodySize < 1) {
            throw new IllegalArgumentException("maxBodySize must be >= 1, was " + maxBodySize);
        }
        if (maxDrainSize < 0) {
            throw new IllegalArgumentException("maxDrainSize must be >= 0, was " + maxDrainSize);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 1, was " + maxConnections);
        }
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("headerTimeout must be positive, was " + headerTimeout);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("bodyReadTimeout must be positive, was " + bodyReadTimeout);
        }
    }

    /**
     * Returns the default limits of the table above.
     *
     * @return the defaults
     */
    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_REQUEST_LINE_LENGTH, DEFAULT_MAX_HEADER_SECTION_SIZE, DEFAULT_MAX_HEADER_COUNT, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_DRAIN_SIZE, DEFAULT_MAX_CONNECTIONS, DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT, DEFAULT_BODY_READ_TIMEOUT);
    }


    /**
     * Returns a copy with {@link #maxRequestLineLength()} changed.
     *
     * @param maxRequestLineLength the new value
     * @return the changed limits
     */
    public ServerLimits withMaxRequestLineLength(int maxRequestLineLength) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #maxHeaderSectionSize()} changed.
     *
     * @param maxHeaderSectionSize the new value
     * @return the changed limits
     */
    public ServerLimits withMaxHeaderSectionSize(int maxHeaderSectionSize) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #maxHeaderCount()} changed.
     *
     * @param maxHeaderCount the new value
     * @return the changed limits
     */
    public ServerLimits withMaxHeaderCount(int maxHeaderCount) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #maxBodySize()} changed.
     *
     * @param maxBodySize the new value
     * @return the changed limits
     */
    public ServerLimits withMaxBodySize(long maxBodySize) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #maxDrainSize()} changed.
     *
     * @param maxDrainSize the new value
     * @return the changed limits
     */
    public ServerLimits withMaxDrainSize(long maxDrainSize) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #maxConnections()} changed.
     *
     * @param maxConnections the new value
     * @return the changed limits
     */
    public ServerLimits withMaxConnections(int maxConnections) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #headerTimeout()} changed.
     *
     * @param headerTimeout the new value
     * @return the changed limits
     */
    public ServerLimits withHeaderTimeout(Duration headerTimeout) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #idleTimeout()} changed.
     *
     * @param idleTimeout the new value
     * @return the changed limits
     */
    public ServerLimits withIdleTimeout(Duration idleTimeout) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
    /**
     * Returns a copy with {@link #bodyReadTimeout()} changed.
     *
     * @param bodyReadTimeout the new value
     * @return the changed limits
     */
    public ServerLimits withBodyReadTimeout(Duration bodyReadTimeout) {
        return new ServerLimits(maxRequestLineLength, maxHeaderSectionSize, maxHeaderCount, maxBodySize, maxDrainSize, maxConnections, headerTimeout, idleTimeout, bodyReadTimeout);
    }
}
