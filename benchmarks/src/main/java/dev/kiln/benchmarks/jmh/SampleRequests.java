package dev.kiln.benchmarks.jmh;

import java.nio.charset.StandardCharsets;

/** The requests the micro-benchmarks parse. */
final class SampleRequests {

    /** The smallest request wrk sends for the {@code /ping} scenario. */
    static final String PING = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";

    /** A typical browser navigation request: 8 header fields, a query and a cookie, 408 bytes. */
    static final String BROWSER = "GET /articles/2026/fast-servers?page=2&sort=recent HTTP/1.1\r\n"
            + "Host: www.example.com\r\n"
            + "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n"
            + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            + "Accept-Language: en-US,en;q=0.5\r\n"
            + "Accept-Encoding: gzip, deflate, br\r\n"
            + "Connection: keep-alive\r\n"
            + "Cookie: session=4f2a9c1e7b3d; theme=dark\r\n"
            + "Upgrade-Insecure-Requests: 1\r\n"
            + "\r\n";

    private SampleRequests() {
    }

    static byte[] bytes(String name) {
        return switch (name) {
            case "ping" -> PING.getBytes(StandardCharsets.US_ASCII);
            case "browser" -> BROWSER.getBytes(StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException("unknown request '" + name + "': ping or browser");
        };
    }
}
