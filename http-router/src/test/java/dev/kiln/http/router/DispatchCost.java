package dev.kiln.http.router;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Request;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * Measures the router's own cost per request (no sockets): nanoseconds and bytes allocated per
 * dispatch, after a warm-up. A rough figure for the README; the JMH benchmark in {@code benchmarks}
 * is the careful one. Run with the test class path:
 * {@code java -cp <test classpath> dev.kiln.http.router.DispatchCost}.
 */
final class DispatchCost {

    private DispatchCost() {
    }

    /** A request held in memory: just what dispatch reads. */
    private record MemoryRequest(Method method, String rawPath, Parameters queryParams, Headers headers) implements Request {
        @Override
        public String target() {
            return rawPath;
        }

        @Override
        public String path() {
            return rawPath;
        }

        @Override
        public String rawQuery() {
            return null;
        }

        @Override
        public String version() {
            return "HTTP/1.1";
        }

        @Override
        public long contentLength() {
            return 0;
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return InetSocketAddress.createUnresolved("127.0.0.1", 1);
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public byte[] bytes() {
            return new byte[0];
        }

        @Override
        public String text() {
            return "";
        }

        @Override
        public Parameters form() {
            return Parameters.empty();
        }

        @Override
        public void maxBodySize(long maxBytes) {
        }

        @Override
        public Object attribute(String name) {
            return null;
        }

        @Override
        public void attribute(String name, Object value) {
        }
    }

    public static void main(String[] args) throws Exception {
        Router router = TestApps.app();
        Headers headers = new Headers().add("User-Agent", "bench").freeze();
        Map<String, Request> requests = Map.of(
                "GET /ping (static route, String)", new MemoryRequest(Method.GET, "/ping", Parameters.empty(), headers),
                "GET /echo/{msg} (path parameter)", new MemoryRequest(Method.GET, "/echo/hello", Parameters.empty(), headers),
                "GET /api/items/{id} (int parameter, JSON record)", new MemoryRequest(Method.GET, "/api/items/1", Parameters.empty(), headers),
                "GET /api/items/search?tag=a (query list, JSON)", new MemoryRequest(Method.GET, "/api/items/search",
                        Parameters.of(Map.of("tag", List.of("a"))), headers),
                "GET /nowhere (404 problem+json)", new MemoryRequest(Method.GET, "/nowhere", Parameters.empty(), headers));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().threadId();
        for (Map.Entry<String, Request> entry : requests.entrySet()) {
            Request request = entry.getValue();
            int iterations = 2_000_000;
            for (int i = 0; i < iterations; i++) {
                router.handle(request);
            }
            long bytes = threads.getThreadAllocatedBytes(threadId);
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                router.handle(request);
            }
            long nanos = System.nanoTime() - start;
            bytes = threads.getThreadAllocatedBytes(threadId) - bytes;
            System.out.printf("%-50s %6.0f ns/op %6d B/op%n", entry.getKey(), (double) nanos / iterations, bytes / iterations);
        }
    }
}
