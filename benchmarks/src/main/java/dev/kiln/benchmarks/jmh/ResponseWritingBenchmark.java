package dev.kiln.benchmarks.jmh;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.core.internal.ResponseWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing one keep-alive response with the connection's reused {@link ResponseWriter} and flushing
 * it to a stream that discards it: status line, headers ({@code Date} included), body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ResponseWritingBenchmark {

    private static final Response PONG = Response.text("pong");
    private static final byte[] RECEIPT =
            "{\"item\":\"kiln\",\"quantity\":3,\"tagCount\":2,\"accepted\":true}".getBytes(StandardCharsets.UTF_8);

    private ResponseWriter writer;

    /** Builds the connection's writer over a discarding stream. */
    @Setup
    public void setUp() {
        writer = new ResponseWriter(OutputStream.nullOutputStream(), 8192, Compression.defaults());
    }

    /**
     * Writes the {@code pong} response a {@code /ping} handler returns (built once, reused).
     *
     * @return whether the connection stays open
     * @throws IOException never
     */
    @Benchmark
    public boolean writePong() throws IOException {
        boolean open = writer.send(PONG, false, false, true, null);
        writer.flush();
        return open;
    }

    /**
     * Builds and writes a small JSON response, as a JSON handler does per request.
     *
     * @return whether the connection stays open
     * @throws IOException never
     */
    @Benchmark
    public boolean buildAndWriteJson() throws IOException {
        Response response = Response.builder(Status.OK_200).contentType("application/json").body(RECEIPT).build();
        boolean open = writer.send(response, false, false, true, null);
        writer.flush();
        return open;
    }
}
