package dev.kiln.benchmarks.suite;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.tls.TlsConfig;
import dev.kiln.http.tls.TlsTransport;
import java.nio.file.Path;

/**
 * Kiln's http-core with one plain {@link dev.kiln.http.core.Handler}, the way its README shows: an
 * immutable {@code pong} response built once, JSON through the suite's mapper, files as file bodies.
 * The access log is off, as no peer logs requests either. HTTPS is http-tls's listener.
 */
public final class KilnServer implements SuiteServer {

    private static final Response PONG = Response.text("pong");
    private static final Response NOT_FOUND = Response.text(Status.NOT_FOUND_404, "not found");
    private static final Response NOT_AN_ORDER = Response.text(Status.BAD_REQUEST_400, "not an order");
    private static final String STATIC = "/static/";

    private HttpServer server;

    @Override
    public Ports start(Settings settings) {
        Path files = settings.files();
        server = serve(settings, request -> handle(request, files));
        return ports(server, settings);
    }

    /**
     * Starts http-core the way both Kiln servers of the suite run: on 127.0.0.1, access log off,
     * and an http-tls listener when the settings hold a key.
     *
     * @param settings what to start
     * @param handler the requests' handler
     * @return the started server
     */
    static HttpServer serve(Settings settings, Handler handler) {
        HttpServer.Builder builder = HttpServer.builder()
                .listen("127.0.0.1", settings.port())
                .accessLog(false)
                .handler(handler);
        if (settings.tls() != null) {
            builder.listen("127.0.0.1", settings.httpsPort(), TlsTransport.create(
                    TlsConfig.fromPkcs12(settings.tls().keystore(), settings.tls().password().toCharArray())));
        }
        return builder.build().start();
    }

    /** The ports a server from {@link #serve} bound. */
    static Ports ports(HttpServer server, Settings settings) {
        return new Ports(server.port(0), settings.tls() == null ? -1 : server.port(1));
    }

    private static Response handle(Request request, Path files) {
        String path = request.path();
        Method method = request.method();
        if (path.equals("/ping") && method == Method.GET) {
            return PONG;
        }
        if (path.equals("/json") && method == Method.POST) {
            byte[] answer;
            try {
                answer = JsonScenario.answer(request.bytes());
            } catch (tools.jackson.core.JacksonException e) {
                return NOT_AN_ORDER;
            }
            return Response.builder(Status.OK_200).contentType("application/json").body(answer).build();
        }
        if (path.startsWith(STATIC) && method == Method.GET) {
            Path file = StaticFiles.resolve(files, path.substring(STATIC.length()));
            if (file != null) {
                return Response.builder(Status.OK_200).contentType("application/octet-stream").file(file).build();
            }
        }
        return NOT_FOUND;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
