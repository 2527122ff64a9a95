package dev.kiln.examples.site;

import dev.kiln.examples.config.Option;
import dev.kiln.examples.config.Options;
import dev.kiln.examples.config.Settings;
import dev.kiln.examples.config.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The site app's settings, from flags and environment variables ({@code --help} lists them).
 *
 * @param host the address to bind
 * @param httpPort the plain-HTTP port, 0 for any free one
 * @param httpsPort the HTTPS port, used when the certificate and key exist; 0 for any free one
 * @param pagesDir the folder of static pages and assets
 * @param filesDir the folder that {@code /files} stores uploads in (created when missing)
 * @param maxUpload the largest upload accepted by {@code POST /files/{name}}, in bytes
 * @param username the login name
 * @param password the login password
 * @param defaultCredentials whether the demo credentials are in use
 * @param certFile the PEM certificate chain for HTTPS
 * @param keyFile the PEM private key for HTTPS
 * @param keyPassword the private key's password, or {@code null} when it is not encrypted
 * @param warmUp whether to compile the page templates and the JSON writer in the background, from
 *     a second after the site listens (off, the first page and the first JSON answer do it)
 */
public record SiteConfig(
        String host,
        int httpPort,
        int httpsPort,
        Path pagesDir,
        Path filesDir,
        long maxUpload,
        String username,
        String password,
        boolean defaultCredentials,
        Path certFile,
        Path keyFile,
        String keyPassword,
        boolean warmUp) {

    /** The demo login name used when none is configured. */
    public static final String DEMO_USER = "admin";
    /** The demo password used when none is configured. */
    public static final String DEMO_PASSWORD = "secret";

    /** Every option of the site app. */
    public static final Options OPTIONS = new Options("scripts/run-example", List.of(
            new Option("host", "KILN_HOST", "0.0.0.0", "address to listen on"),
            new Option("port", "KILN_PORT", "8080", "HTTP port (0: any free port)"),
            new Option("https-port", "KILN_HTTPS_PORT", "8443", "HTTPS port, used when the certificate and key exist"),
            new Option("pages", "KILN_PAGES", null, "folder of static pages and assets (default: ./pages if it exists, else examples/pages)"),
            new Option("files", "KILN_FILES", Path.of(System.getProperty("java.io.tmpdir"), "kiln-files").toString(),
                    "folder that /files stores uploads in"),
            new Option("max-upload", "KILN_MAX_UPLOAD", "100m", "largest upload, e.g. 512k, 100m, 2g"),
            new Option("user", "KILN_USER", DEMO_USER, "login name"),
            new Option("password", "KILN_PASSWORD", DEMO_PASSWORD, "login password"),
            new Option("cert", "KILN_CERT", "server.crt", "PEM certificate chain for HTTPS"),
            new Option("key", "KILN_KEY", "server.key", "PEM private key for HTTPS"),
            new Option("key-password", "KILN_KEY_PASSWORD", null, "password of an encrypted PKCS#8 private key"),
            new Option("warm-up", "KILN_WARM_UP", "on",
                    "compile the page templates and the JSON writer in the background from 1 s after start (on or off)")));

    /**
     * Reads the settings.
     *
     * @param settings the parsed options, from {@link #OPTIONS}
     * @return the configuration
     * @throws UsageException when a value is invalid; the message names the flag or variable
     */
    public static SiteConfig from(Settings settings) throws UsageException {
        Path pages = settings.path("pages");
        if (pages == null) {
            pages = Files.isDirectory(Path.of("pages")) ? Path.of("pages") : Path.of("examples", "pages");
        }
        if (!Files.isDirectory(pages)) {
            throw new UsageException("pages folder " + pages.toAbsolutePath()
                    + " does not exist: set --pages or KILN_PAGES");
        }
        String user = settings.text("user");
        String password = settings.text("password");
        if (user.isBlank() || password.isEmpty()) {
            throw new UsageException("the login name and password must not be empty");
        }
        return new SiteConfig(
                settings.text("host"),
                settings.port("port"),
                settings.port("https-port"),
                pages,
                settings.path("files"),
                settings.bytes("max-upload"),
                user,
                password,
                settings.isDefault("user") && settings.isDefault("password"),
                settings.path("cert"),
                settings.path("key"),
                settings.text("key-password"),
                settings.onOff("warm-up"));
    }

    /**
     * Parses the arguments and the environment.
     *
     * @param args the command-line arguments
     * @param env the environment variables
     * @return the configuration
     * @throws UsageException when an option is unknown or invalid
     */
    public static SiteConfig parse(String[] args, Map<String, String> env) throws UsageException {
        return from(OPTIONS.parse(args, env));
    }

    /**
     * Returns a configuration for tests and embedding: loopback, any free ports, the demo user.
     *
     * @param pagesDir the folder of static pages
     * @param filesDir the upload folder
     * @param maxUpload the upload limit in bytes
     * @return the configuration
     */
    public static SiteConfig local(Path pagesDir, Path filesDir, long maxUpload) {
        return new SiteConfig("127.0.0.1", 0, 0, pagesDir, filesDir, maxUpload,
                DEMO_USER, DEMO_PASSWORD, true, Path.of("server.crt"), Path.of("server.key"), null, true);
    }

    /**
     * Returns a copy with other HTTPS files.
     *
     * @param cert the certificate chain
     * @param key the private key
     * @return the changed configuration
     */
    public SiteConfig withTls(Path cert, Path key) {
        return new SiteConfig(host, httpPort, httpsPort, pagesDir, filesDir, maxUpload, username,
                password, defaultCredentials, cert, key, keyPassword, warmUp);
    }

    @Override
    public String toString() {
        // never print the password
        return "SiteConfig[host=" + host + ", httpPort=" + httpPort + ", httpsPort=" + httpsPort
                + ", pagesDir=" + pagesDir + ", filesDir=" + filesDir + ", maxUpload=" + maxUpload
                + ", username=" + username + ", certFile=" + certFile + ", keyFile=" + keyFile + ", warmUp=" + warmUp + "]";
    }
}
