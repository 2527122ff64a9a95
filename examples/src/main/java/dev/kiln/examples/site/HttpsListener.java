package dev.kiln.examples.site;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.tls.TlsConfig;
import dev.kiln.http.tls.TlsTransport;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the HTTPS listener when the certificate and key exist, or says in one log line why HTTPS is
 * off. The files are watched: a renewed certificate is used by new connections without a restart.
 */
final class HttpsListener {

    private static final System.Logger LOG = System.getLogger(HttpsListener.class.getName());

    private HttpsListener() {
    }

    /**
     * Adds an HTTPS listener on the configured port when the certificate and key files exist.
     *
     * @param builder the server being configured
     * @param config the settings: port and file paths
     * @return whether HTTPS was added
     * @throws dev.kiln.http.tls.TlsConfigException when the files exist but cannot be used; the
     *     message names the file and the reason
     */
    static boolean addIfConfigured(HttpServer.Builder builder, SiteConfig config) {
        Path missing = !Files.isRegularFile(config.certFile()) ? config.certFile()
                : !Files.isRegularFile(config.keyFile()) ? config.keyFile() : null;
        if (missing != null) {
            LOG.log(Level.INFO, "HTTPS is off: " + missing.toAbsolutePath().normalize() + " does not exist"
                    + " (set --cert and --key, or KILN_CERT and KILN_KEY, to a PEM certificate chain and private key)");
            return false;
        }
        char[] password = config.keyPassword() == null ? null : config.keyPassword().toCharArray();
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(config.certFile(), config.keyFile(), password));
        // TlsTransport logs the certificate in use; the server logs the https:// address
        builder.listen(config.host(), config.httpsPort(), tls);
        return true;
    }
}
