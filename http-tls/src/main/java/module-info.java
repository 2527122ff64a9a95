/**
 * HTTPS for Kiln: a {@link dev.kiln.http.tls.TlsTransport} that plugs into an
 * {@link dev.kiln.http.core.HttpServer} listener, loading its certificate and key from PEM files or a
 * PKCS#12 keystore with the JDK's JSSE alone. TLS 1.2 and 1.3 only, ALPN {@code http/1.1}, optional
 * client certificates, certificate reload without a restart, an HTTP to HTTPS redirect and HSTS.
 */
module dev.kiln.http.tls {
    requires transitive dev.kiln.http.core;

    exports dev.kiln.http.tls;
}
