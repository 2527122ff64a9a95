package com.example.consumer;

import dev.kiln.http.core.HttpServer;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Starts a Kiln server with {@link PingHandler} on a free port, asks it for {@code /ping}, and exits
 * 0 when the answer is {@code 200 pong}. The argument says how it was launched ({@code class-path}
 * or {@code module-path}); on the module path it also checks that http-core is a named module that
 * exports its API packages and hides the rest.
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
        String layout = checkModuleLayout(launch);
        try (HttpServer server = HttpServer.builder()
                .listen("127.0.0.1", 0)
                .handler(new PingHandler())
                .accessLog(false)
                .build()
                .start()) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/ping");
            HttpResponse<String> response;
            try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 200 || !response.body().equals("pong")) {
                fail(launch + ": GET /ping answered " + response.statusCode() + " '" + response.body()
                        + "', expected 200 'pong'");
            }
            System.out.println("consumer (" + launch + "): GET " + uri.getPath() + " -> "
                    + response.statusCode() + " " + response.body() + "; " + layout);
        }
    }

    private static String checkModuleLayout(String launch) {
        Module core = HttpServer.class.getModule();
        if (launch.equals("class-path")) {
            if (core.isNamed()) {
                fail("class-path run, yet http-core was loaded as module " + core.getName());
            }
            return "http-core on the class path";
        }
        if (!core.isNamed() || !core.getName().equals("dev.kiln.http.core")) {
            fail("module-path run, yet http-core is not the named module dev.kiln.http.core: " + core);
        }
        ModuleDescriptor descriptor = core.getDescriptor();
        if (descriptor.isAutomatic()) {
            fail("http-core is an automatic module: its jar has no module-info.class");
        }
        Set<String> exported = new TreeSet<>();
        Set<String> hidden = new TreeSet<>();
        for (String pkg : core.getPackages()) {
            (core.isExported(pkg) ? exported : hidden).add(pkg);
        }
        if (!exported.contains("dev.kiln.http.core")) {
            fail("dev.kiln.http.core does not export its API package: exports " + exported);
        }
        for (String pkg : exported) {
            if (pkg.contains(".internal")) {
                fail("dev.kiln.http.core exports an internal package: " + pkg);
            }
        }
        return "module " + core.getName() + " exports " + exported + ", hides " + hidden;
    }

    private static void fail(String message) {
        System.err.println("consumer: FAIL: " + message);
        System.exit(1);
    }
}
