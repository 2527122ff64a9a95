package dev.kiln.benchmarks.jmh;

import dev.kiln.benchmarks.jmh.routes.BenchRoutes;
import dev.kiln.benchmarks.suite.JsonScenario;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Router;
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
 * What the router adds over a handler written by hand: each pair does the same work (answer the
 * path parameter as text; bind the JSON order and answer a JSON receipt), once through
 * {@link Router} with annotated routes ({@link BenchRoutes}) and once as a direct {@link Handler}.
 * The difference in ns/op (and B/op with {@code -prof gc}) is the dispatch cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class RouterDispatchBenchmark {

    private static final Headers NO_HEADERS = new Headers().freeze();
    private static final Headers JSON_HEADERS = new Headers().add("Content-Type", "application/json").freeze();
    private static final byte[] ORDER = JsonScenario.ORDER.getBytes(StandardCharsets.UTF_8);
    private static final String USERS = "/users/";

    private Router router;
    private Handler directPathParam;
    private Handler directJson;

    /** Scans the routes and builds the direct handlers. */
    @Setup
    public void setUp() {
        router = Router.builder()
                .scan(BenchRoutes.class.getPackageName())
                .instances(type -> new BenchRoutes())
                .build();
        directPathParam = request -> request.path().startsWith(USERS)
                ? Response.text(request.path().substring(USERS.length()))
                : Response.of(Status.NOT_FOUND_404);
        directJson = request -> Response.builder(Status.OK_200).contentType("application/json")
                .body(JsonScenario.answer(request.bytes())).build();
    }

    /**
     * {@code GET /users/42} through the router.
     *
     * @return the response
     */
    @Benchmark
    public Response routedPathParam() {
        return router.handle(new FixedRequest(Method.GET, "/users/42", NO_HEADERS, new byte[0]));
    }

    /**
     * {@code GET /users/42} by a handler that cuts the id out of the path itself.
     *
     * @return the response
     * @throws Exception never
     */
    @Benchmark
    public Response directPathParam() throws Exception {
        return directPathParam.handle(new FixedRequest(Method.GET, "/users/42", NO_HEADERS, new byte[0]));
    }

    /**
     * {@code POST /orders} with a JSON order through the router (bind, call, serialize the record).
     *
     * @return the response
     */
    @Benchmark
    public Response routedJson() {
        return router.handle(new FixedRequest(Method.POST, "/orders", JSON_HEADERS, ORDER));
    }

    /**
     * The same JSON work done by hand with the suite's mapper.
     *
     * @return the response
     * @throws Exception never
     */
    @Benchmark
    public Response directJson() throws Exception {
        return directJson.handle(new FixedRequest(Method.POST, "/orders", JSON_HEADERS, ORDER));
    }
}
