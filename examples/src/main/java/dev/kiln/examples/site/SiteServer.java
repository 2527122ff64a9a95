package dev.kiln.examples.site;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HttpServer;
import dev.kiln.http.router.Router;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The running site: the Dagger graph, the router over the handler classes and the pages folder, and
 * an HTTP listener plus an HTTPS one when the certificate and key exist.
 *
 * <pre>{@code
 * try (SiteServer site = SiteServer.start(SiteConfig.parse(args, System.getenv()))) {
 *     System.out.println(site.httpUri());
 * }
 * }</pre>
 */
public final class SiteServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SiteServer.class.getName());

    /** The package the router scans for handler classes. */
    private static final String HANDLER_PACKAGE = "dev.kiln.examples.site";

    /** How long after the listener opens the background warm-up begins. */
    private static final Duration WARM_UP_DELAY = Duration.ofSeconds(1);

    private final HttpServer server;
    private final boolean https;

    private SiteServer(HttpServer server, boolean https) {
        this.server = server;
        this.https = https;
    }

    /**
     * Builds the site and starts listening.
     *
     * @param config the settings
     * @return the started site
     * @throws java.io.UncheckedIOException when a port cannot be bound
     * @throws IllegalStateException when the handlers or routes are wrong (from the router)
     */
    public static SiteServer start(SiteConfig config) {
        if (config.defaultCredentials()) {
            LOG.log(Level.WARNING, "login uses the demo credentials " + SiteConfig.DEMO_USER + "/"
                    + SiteConfig.DEMO_PASSWORD + ": set --user and --password (or KILN_USER and KILN_PASSWORD)");
        }
        SiteComponent app = DaggerSiteComponent.factory().create(config);
        Handler router = Router.builder()
                .scan(HANDLER_PACKAGE)
                .instances(app.handlers())
                .staticFiles("/", config.pagesDir())
                .build();
        HttpServer.Builder builder = HttpServer.builder()
                .listen(config.host(), config.httpPort())
                .handler(router)
                // gzip every textual body a client accepts gzip for, however small, so that even
                // /echo/hi shows it; a production app would keep the default threshold
                .compression(new Compression(true, 0, Compression.DEFAULT_LEVEL));
        boolean https = HttpsListener.addIfConfigured(builder, config);
        HttpServer server = builder.build().start();
        // Pebble, Jackson and the JDK's security providers (the login's digests) take a few hundred
        // milliseconds to start: do it beside the running server, so that start-up stays short and
        // the first login is still fast. It waits a little first, so that it does not share the core
        // with the first answers. The task is made even when the warm-up is off, as in the start-up
        // cache's training run, so that the cache holds its lambda class: made at each start, that
        // class cost ~2 ms of the example site's start on one core.
        Runnable warmUp = () -> {
            try {
                Thread.sleep(WARM_UP_DELAY);
            } catch (InterruptedException e) {
                return;
            }
            app.templates().compileAll();
            app.json().writeValueAsBytes(Map.of("ok", true));
            app.users().authenticate("", "");
        };
        if (config.warmUp()) {
            // A platform thread, which the OS time-slices: a virtual one would hold its carrier until
            // done, and on one core the first requests would wait for it.
            Thread.ofPlatform().daemon().name("site-warm-up").start(warmUp);
        }
        return new SiteServer(server, https);
    }

    /**
     * Returns the bound HTTP port.
     *
     * @return the port
     */
    public int httpPort() {
        return server.port(0);
    }

    /**
     * Returns the bound HTTPS port, when HTTPS is on.
     *
     * @return the port, or empty
     */
    public Optional<Integer> httpsPort() {
        return https ? Optional.of(server.port(1)) : Optional.empty();
    }

    /**
     * Returns the site's base address over HTTP on the loopback interface.
     *
     * @return e.g. {@code http://localhost:8080}
     */
    public URI httpUri() {
        return URI.create("http://localhost:" + httpPort());
    }

    /**
     * Stops the site, letting requests in flight finish within a grace period.
     *
     * @param grace how long they may take
     */
    public void stop(Duration grace) {
        server.stop(grace);
    }

    /** Stops the site with a grace period of 2 seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(2));
    }
}
