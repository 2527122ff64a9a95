/**
 * HTTPS listeners for an {@link dev.kiln.http.core.HttpServer}.
 *
 * <p>HTTP on 8080 and HTTPS on 8443 for the same handler, from the {@code server.crt} and
 * {@code server.key} that {@code openssl req} or certbot write:
 *
 * <pre>{@code
 * TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(Path.of("server.crt"), Path.of("server.key")));
 * HttpServer server = HttpServer.builder()
 *         .listen("0.0.0.0", 8080)
 *         .listen("0.0.0.0", 8443, tls)
 *         .handler(handler.with(StrictTransportSecurity.maxAge(Duration.ofDays(365))))
 *         .build()
 *         .start();
 * }</pre>
 *
 * <p>{@link dev.kiln.http.tls.TlsConfig} says where the key and certificate are (PEM: PKCS#8, PKCS#1,
 * SEC1 or encrypted PKCS#8 keys; or PKCS#12) and how TLS runs (TLS 1.3/1.2 only, client certificates,
 * handshake timeout, reload). {@link dev.kiln.http.tls.TlsTransport} is the listener transport.
 * {@link dev.kiln.http.tls.HttpsRedirect} answers the plain port with 308 redirects, and
 * {@link dev.kiln.http.tls.StrictTransportSecurity} adds HSTS over HTTPS. Files that cannot be used
 * raise a {@link dev.kiln.http.tls.TlsConfigException} naming the file.
 */
package dev.kiln.http.tls;
