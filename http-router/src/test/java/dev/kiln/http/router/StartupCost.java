package dev.kiln.http.router;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.router.internal.RouteScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Measures what building a router costs a cold JVM, for the README's startup figures: the wall and
 * build-thread CPU time of {@code Router.builder().scan(...).staticFiles(...).build()} for an
 * example-like package (2 handler classes, 8 routes, a static-files mount), and optionally the time
 * to the first {@code GET /ping} answered over a socket. Run it once per JVM (the point is the cold
 * start), several times:
 * {@code java -cp <test classpath> dev.kiln.http.router.StartupCost [--phases] [--serve] [package]}.
 * <ul>
 *   <li>no option: the build alone;</li>
 *   <li>{@code --phases}: first the ClassGraph scan alone, cold, then again warm, then the build (whose
 *   scan is then warm too), which splits the time into class loading, scanning and route building;</li>
 *   <li>{@code --serve}: after the build, starts an http-core server on 127.0.0.1 and sends one
 *   {@code GET /ping}; prints the epoch time of the answer ({@code pong.epochMicros}) so that a script
 *   can subtract the time it launched the JVM.</li>
 * </ul>
 * The code before the build avoids lambdas and string concatenation, which would bootstrap
 * invokedynamic machinery the build would otherwise pay for.
 */
final class StartupCost {

    private static final String EXAMPLE = "dev.kiln.http.router.fixtures.example";

    private StartupCost() {
    }

    /**
     * Runs the measurement.
     *
     * @param args options, then the package to scan (default: the example-like fixture)
     * @throws IOException when the server cannot be reached
     */
    public static void main(String[] args) throws IOException {
        boolean phases = false;
        boolean serve = false;
        String scanned = EXAMPLE;
        for (String arg : args) {
            if (arg.equals("--phases")) {
                phases = true;
            } else if (arg.equals("--serve")) {
                serve = true;
            } else {
                scanned = arg;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coldScan = 0;
        long warmScan = 0;
        if (phases) {
            long start = System.nanoTime();
            RouteScanner.handlerClasses(List.of(scanned));
            coldScan = System.nanoTime() - start;
            start = System.nanoTime();
            RouteScanner.handlerClasses(List.of(scanned));
            warmScan = System.nanoTime() - start;
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Router router = Router.builder()
                .scan(scanned)
                .staticFiles("/", Path.of(System.getProperty("java.io.tmpdir")))
                .build();
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("build.wallMs=%.1f build.cpuMs=%.1f routes=%d jvmUptimeMs=%d loadedClasses=%d%n",
                wall / 1e6, cpu / 1e6, router.routes().size(), uptime,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        if (phases) {
            System.out.printf("phases: scanColdMs=%.1f scanWarmMs=%.1f buildAfterScansMs=%.1f%n",
                    coldScan / 1e6, warmScan / 1e6, wall / 1e6);
        }
        if (serve) {
            firstPing(router);
        }
    }

    private static void firstPing(Router router) throws IOException {
        long start = System.nanoTime();
        try (HttpServer server = HttpServer.builder().listen("127.0.0.1", 0).handler(router).build().start();
                Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            Instant answered = Instant.now();
            long micros = answered.getEpochSecond() * 1_000_000L + answered.getNano() / 1_000;
            if (!response.startsWith("HTTP/1.1 200") || !response.endsWith("pong")) {
                throw new IllegalStateException("unexpected answer: " + response);
            }
            System.out.printf("serve.firstPingMs=%.1f pong.epochMicros=%d jvmUptimeMs=%d%n",
                    (System.nanoTime() - start) / 1e6, micros, ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
