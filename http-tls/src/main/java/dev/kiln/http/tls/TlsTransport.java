package dev.kiln.http.tls;

import dev.kiln.http.core.spi.Transport;
import dev.kiln.http.tls.internal.GatedSocket;
import dev.kiln.http.tls.internal.HandshakeDeadline;
import dev.kiln.http.tls.internal.HandshakeGate;
import dev.kiln.http.tls.internal.ReloadingServerContext;
import dev.kiln.http.tls.internal.ServerContext;
import dev.kiln.http.tls.internal.ServerContextFactory;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSocket;

/**
 * The HTTPS listener transport: each accepted connection does a TLS handshake, in server mode, with
 * the certificate and settings of a {@link TlsConfig}, before the server reads HTTP from it.
 *
 * <pre>{@code
 * TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(Path.of("server.crt"), Path.of("server.key")));
 * HttpServer.builder()
 *         .listen("0.0.0.0", 8080)
 *         .listen("0.0.0.0", 8443, tls)
 *         .handler(handler)
 *         .build()
 *         .start();
 * }</pre>
 *
 * <p>The handshake runs on the connection's own virtual thread and must finish within the
 * configured handshake timeout; a failed or late handshake drops that connection only. At most as
 * many handshakes work on their client's hello at once as there are carrier threads, so that when
 * many clients connect at once, the connections already open go on being served between those
 * handshakes. With reload on, the files are checked for changes (at most once a second) as
 * connections arrive, so a renewed certificate is used by new connections without a restart.
 * Thread-safe.
 */
public final class TlsTransport implements Transport {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.tls");
    private static final long RELOAD_CHECK_INTERVAL_MILLIS = 1000;
    /** Shared by every listener: the carrier threads are the JVM's. */
    private static final HandshakeGate HANDSHAKES = HandshakeGate.perCarrier();

    private final ReloadingServerContext contexts;
    private final int handshakeTimeoutMillis;

    private TlsTransport(ReloadingServerContext contexts, int handshakeTimeoutMillis) {
        this.contexts = contexts;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    /**
     * Loads the key, certificate and trust files of a configuration and returns the transport.
     * An expired or not yet valid certificate is logged as a warning, not refused.
     *
     * @param config the configuration
     * @return the transport, ready to give to {@code HttpServer.Builder.listen(host, port, transport)}
     * @throws TlsConfigException naming the file at fault: missing or unreadable, not PEM or not
     *     PKCS#12, no key, wrong password, or a key that does not match the certificate
     */
    public static TlsTransport create(TlsConfig config) {
        ServerContextFactory factory = new ServerContextFactory(new ServerContextFactory.Settings(
                config.certificateFile(), config.privateKeyFile(), config.password(), config.clientAuth(),
                config.trustStore(), config.trustStorePassword(), config.protocols(), config.cipherSuites(),
                config.cipherSuites().equals(TlsConfig.DEFAULT_CIPHER_SUITES)));
        ReloadingServerContext contexts = new ReloadingServerContext(factory, config.reload(), RELOAD_CHECK_INTERVAL_MILLIS);
        X509Certificate certificate = contexts.peek().certificate();
        LOG.log(System.Logger.Level.INFO, "TLS certificate ''{0}'' from {1}, valid until {2}; reload {3}",
                certificate.getSubjectX500Principal().getName(), config.certificateFile(),
                certificate.getNotAfter().toInstant(), config.reload() ? "on" : "off");
        return new TlsTransport(contexts, (int) config.handshakeTimeout().toMillis());
    }

    /**
     * Wraps the accepted socket in TLS (server mode) and completes the handshake within the
     * handshake timeout. The socket's read timeout is restored afterwards.
     *
     * @param accepted the TCP socket just accepted
     * @return the TLS socket, its handshake done
     * @throws IOException when the handshake fails or times out; the socket is then closed
     */
    @Override
    public Socket open(Socket accepted) throws IOException {
        ServerContext context = contexts.current();
        HandshakeDeadline deadline = HandshakeDeadline.start(accepted, handshakeTimeoutMillis);
        boolean opened = false;
        GatedSocket gated = null;
        try {
            int readTimeout = accepted.getSoTimeout();
            gated = new GatedSocket(accepted, HANDSHAKES);
            SSLSocket tls = (SSLSocket) context.context().getSocketFactory()
                    .createSocket(gated, null, accepted.getPort(), true);
            tls.setUseClientMode(false);
            tls.setSSLParameters(context.parameters());
            tls.setSoTimeout(handshakeTimeoutMillis);
            tls.startHandshake();
            tls.setSoTimeout(readTimeout);
            opened = true;
            return tls;
        } catch (IOException e) {
            // a read timeout, or the deadline closing the socket under a handshake that kept trickling
            boolean late = e instanceof SocketTimeoutException || deadline.expired();
            throw handshakeFailed(accepted, late
                    ? new SocketTimeoutException("TLS handshake not done within " + handshakeTimeoutMillis + " ms")
                    : e);
        } finally {
            if (gated != null) {
                gated.handshakeDone();
            }
            deadline.cancel();
            if (!opened) {
                // close the TCP socket itself: closing the SSLSocket might block sending an alert
                HandshakeDeadline.closeQuietly(accepted);
            }
        }
    }

    /**
     * Returns {@code true}: requests on this transport arrived over TLS.
     *
     * @return {@code true}
     */
    @Override
    public boolean isSecure() {
        return true;
    }

    /**
     * Returns the server certificate new connections get now (after a reload, the new one).
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return contexts.current().certificate();
    }

    @Override
    public String toString() {
        return "https";
    }

    private static IOException handshakeFailed(Socket accepted, IOException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "TLS handshake with " + accepted.getRemoteSocketAddress() + " failed: " + e);
        return e;
    }
}
