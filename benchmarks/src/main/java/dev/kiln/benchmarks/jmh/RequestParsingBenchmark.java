package dev.kiln.benchmarks.jmh;

import dev.kiln.http.core.ServerLimits;
import dev.kiln.http.core.internal.ConnectionInput;
import dev.kiln.http.core.internal.RequestHead;
import dev.kiln.http.core.internal.RequestParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one request head the way a connection does: the connection's {@link ConnectionInput}
 * and {@link RequestParser} are reused across requests, and every parse reads the next request
 * from the stream (one {@code read} call, as when a packet holds one request).
 *
 * <p>{@code -prof gc} gives the bytes allocated per parsed head ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class RequestParsingBenchmark {

    /** Which request: {@code ping} (minimal) or {@code browser} (a typical 400-byte browser GET). */
    @Param({"ping", "browser"})
    public String request;

    private ConnectionInput input;
    private RequestParser parser;

    /** Builds the connection's parser over a stream that repeats the request forever. */
    @Setup
    public void setUp() {
        byte[] bytes = SampleRequests.bytes(request);
        input = new ConnectionInput(new RepeatingInputStream(bytes), 4096);
        parser = new RequestParser(ServerLimits.defaults());
    }

    /**
     * Parses the next request head.
     *
     * @return the head
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public RequestHead parseHead() throws IOException {
        return parser.parse(input);
    }
}
