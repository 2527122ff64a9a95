package com.example.consumer;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.ListenerConfig;
import dev.kiln.http.core.spi.Transport;
import dev.kiln.http.router.Router;
import dev.kiln.http.tls.HttpsRedirect;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Starts a Kiln server with three listeners on free ports: {@link PingHandler} (http-core alone),
 * a {@link Router} that scans {@code com.example.consumer.routes} (http-router), and http-tls's
 * {@link HttpsRedirect}. Exits 0 when the first two answer {@code /ping} with {@code 200 pong}, the
 * router answers {@code /hello/kiln} with JSON, and the third redirects to HTTPS with {@code 308}.
 * The argument says how it was launched ({@code class-path} or {@code module-path}); on the module
 * path it also checks that the three Kiln jars are named modules that export their API packages and
 * hide the rest.
 */
public final class PingCheck {

    private PingCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args {@code class-path} or {@code module-path}
     * @throws Exception when the server or the request fails
     */
    public static void main(String[] args) throws Exception {
        String launch = args.length > 0 ? args[0] : "class-path";
        String layout = checkModuleLayout(launch, HttpServer.class, "dev.kiln.http.core") + "; "
                + checkModuleLayout(launch, Router.class, "dev.kiln.http.router") + "; "
                + checkModuleLayout(launch, HttpsRedirect.class, "dev.kiln.http.tls");
        Router router = Router.builder().scan("com.example.consumer.routes").build();
        try (HttpServer server = HttpServer.builder()
                .listen("127.0.0.1", 0)
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, HttpsRedirect.toPort(8443)))
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, router))
                .handler(new PingHandler())
                .accessLog(false)
                .build()
                .start();
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> pong = get(client, server.port(0), "/ping");
            expect(launch, "GET /ping", pong, 200, "pong");
            HttpResponse<String> routed = get(client, server.port(2), "/ping");
            expect(launch, "GET /ping through the router", routed, 200, "pong");
            HttpResponse<String> json = get(client, server.port(2), "/hello/kiln");
            expect(launch, "GET /hello/kiln through the router", json, 200, "{\"name\":\"kiln\",\"text\":\"hello kiln\"}");
            HttpResponse<String> redirect = get(client, server.port(1), "/ping");
            String location = redirect.headers().firstValue("Location").orElse("");
            if (redirect.statusCode() != 308 || !location.equals("https://127.0.0.1:8443/ping")) {
                fail(launch + ": GET /ping on the redirect listener answered " + redirect.statusCode()
                        + " to '" + location + "', expected 308 to https://127.0.0.1:8443/ping");
            }
            System.out.println("consumer (" + launch + "): GET /ping -> " + pong.statusCode() + " "
                    + pong.body() + "; router: GET /ping -> " + routed.statusCode() + " " + routed.body()
                    + ", GET /hello/kiln -> " + json.statusCode() + " " + json.body()
                    + "; https redirect -> " + redirect.statusCode() + " " + location);
            System.out.println("consumer (" + launch + "): " + layout);
        }
    }

    private static void expect(String launch, String what, HttpResponse<String> response, int status, String body) {
        if (response.statusCode() != status || !response.body().equals(body)) {
            fail(launch + ": " + what + " answered " + response.statusCode() + " '" + response.body()
                    + "', expected " + status + " '" + body + "'");
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String checkModuleLayout(String launch, Class<?> type, String moduleName) {
        Module module = type.getModule();
        if (launch.equals("class-path")) {
            if (module.isNamed()) {
                fail("class-path run, yet " + type.getName() + " was loaded from module " + module.getName());
            }
            return moduleName + " on the class path";
        }
        if (!module.isNamed() || !module.getName().equals(moduleName)) {
            fail("module-path run, yet " + type.getName() + " is not in the named module " + moduleName + ": "
                    + module);
        }
        ModuleDescriptor descriptor = module.getDescriptor();
        if (descriptor.isAutomatic()) {
            fail(moduleName + " is an automatic module: its jar has no module-info.class");
        }
        Set<String> exported = new TreeSet<>();
        Set<String> hidden = new TreeSet<>();
        for (String pkg : module.getPackages()) {
            (module.isExported(pkg) ? exported : hidden).add(pkg);
        }
        if (!exported.contains(moduleName)) {
            fail(moduleName + " does not export its API package: exports " + exported);
        }
        for (String pkg : exported) {
            if (pkg.contains(".internal")) {
                fail(moduleName + " exports an internal package: " + pkg);
            }
        }
        return "module " + moduleName + " exports " + exported + ", hides " + hidden;
    }

    private static void fail(String message) {
        System.err.println("consumer: FAIL: " + message);
        System.exit(1);
    }
}
