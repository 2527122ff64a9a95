package dev.kiln.examples.site;

import dev.kiln.examples.config.ConsoleLogging;
import dev.kiln.examples.config.Settings;
import dev.kiln.examples.config.UsageException;
import dev.kiln.http.tls.TlsConfigException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Starts the example site: {@code scripts/run-example} (or this class's {@code main}) with the
 * options {@code --help} lists.
 */
public final class SiteApp {

    private SiteApp() {
    }

    /**
     * Parses the options, starts the site and keeps it running until the process is stopped
     * (Ctrl-C lets requests in flight finish). Exits with 2 on a bad option, 1 when it cannot start.
     *
     * @param args the command-line options
     */
    public static void main(String[] args) {
        ConsoleLogging.useOneLineFormat();
        SiteConfig config;
        try {
            Settings settings = SiteConfig.OPTIONS.parse(args, System.getenv());
            if (settings.helpRequested()) {
                System.out.print(SiteConfig.OPTIONS.help());
                return;
            }
            config = SiteConfig.from(settings);
        } catch (UsageException e) {
            System.err.println("kiln site: " + e.getMessage() + "\nRun with --help to see the options.");
            System.exit(2);
            return;
        }
        SiteServer site;
        try {
            site = SiteServer.start(config);
        } catch (UncheckedIOException | TlsConfigException e) {
            System.err.println("kiln site: cannot start: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> site.stop(Duration.ofSeconds(5))));
        System.Logger log = System.getLogger(SiteApp.class.getName());
        log.log(Level.INFO, "site on http://localhost:" + site.httpPort() + "/"
                + site.httpsPort().map(p -> " and https://localhost:" + p + "/").orElse("")
                + " (pages " + config.pagesDir().toAbsolutePath().normalize() + ", files " + config.filesDir()
                + ", upload limit " + config.maxUpload() + " bytes)");
    }
}
