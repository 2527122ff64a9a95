package dev.kiln.http.tls;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.Response;
import java.nio.file.Path;

/**
 * Not a test: a cold-start probe for measuring what an HTTPS listener adds to an application's
 * start. Starts a server answering {@code pong} on 127.0.0.1 and prints to standard error how long
 * {@code TlsTransport.create} and the server start took; time to the first response is measured
 * from outside (see the start-up section of this module's README).
 *
 * <pre>
 * StartupProbe server.crt server.key 18443     # PEM chain and key
 * StartupProbe server.p12 changeit 18443       # PKCS#12 keystore and its password
 * StartupProbe plain - 18443                   # plain HTTP only, for the baseline
 * </pre>
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Starts the server and leaves it running.
     *
     * @param args certificate (or {@code plain}), key (or PKCS#12 password), port
     */
    public static void main(String[] args) {
        long started = System.nanoTime();
        HttpServer.Builder builder = HttpServer.builder().handler(request -> Response.text("pong"));
        int port = Integer.parseInt(args[2]);
        long created = started;
        if (args[0].equals("plain")) {
            builder.listen("127.0.0.1", port);
        } else {
            TlsConfig config = args[0].endsWith(".p12")
                    ? TlsConfig.fromPkcs12(Path.of(args[0]), args[1].toCharArray())
                    : TlsConfig.fromPem(Path.of(args[0]), Path.of(args[1]));
            builder.listen("127.0.0.1", port, TlsTransport.create(config));
            created = System.nanoTime();
        }
        builder.build().start();
        long listening = System.nanoTime();
        System.err.printf("create=%d ms start=%d ms%n", (created - started) / 1_000_000, (listening - created) / 1_000_000);
    }
}
