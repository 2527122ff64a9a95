package dev.kiln.http.tls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where an HTTPS listener gets its certificate and private key, and how it runs TLS. Immutable: the
 * {@code with…} methods return a changed copy. Nothing is read until
 * {@link TlsTransport#create(TlsConfig)}.
 *
 * <pre>{@code
 * TlsConfig tls = TlsConfig.fromPem(Path.of("server.crt"), Path.of("server.key"))
 *         .withHandshakeTimeout(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Defaults: TLS 1.3 and 1.2 only; ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 (see
 * {@link #DEFAULT_CIPHER_SUITES}); ALPN offers {@code http/1.1}; no client certificates; a
 * handshake timeout of {@value #DEFAULT_HANDSHAKE_TIMEOUT_SECONDS} s; reload on (the files are
 * checked for changes at most once a second, when a connection arrives).
 */
public final class TlsConfig {

    /** Default of {@link #handshakeTimeout()} in seconds. */
    public static final int DEFAULT_HANDSHAKE_TIMEOUT_SECONDS = 10;

    /** The protocols a listener accepts by default, and the only ones it may be given. */
    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /**
     * The cipher suites a listener accepts by default, in the server's order of preference: the
     * TLS 1.3 suites, then TLS 1.2 with ECDHE (forward secrecy) and an AEAD cipher. Suites the
     * running JDK lacks are left out.
     */
    public static final List<String> DEFAULT_CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private static final Set<String> ALLOWED_PROTOCOLS = Set.copyOf(DEFAULT_PROTOCOLS);

    private final Path certificateChain;
    private final Path privateKey;
    private final char[] password;
    private final ClientAuth clientAuth;
    private final Path trustStore;
    private final char[] trustStorePassword;
    private final Duration handshakeTimeout;
    private final boolean reload;
    private final List<String> protocols;
    private final List<String> cipherSuites;

    private TlsConfig(Path certificateChain, Path privateKey, char[] password,
            ClientAuth clientAuth, Path trustStore, char[] trustStorePassword, Duration handshakeTimeout,
            boolean reload, List<String> protocols, List<String> cipherSuites) {
        this.certificateChain = certificateChain;
        this.privateKey = privateKey;
        this.password = password;
        this.clientAuth = clientAuth;
        this.trustStore = trustStore;
        this.trustStorePassword = trustStorePassword;
        this.handshakeTimeout = handshakeTimeout;
        this.reload = reload;
        this.protocols = protocols;
        this.cipherSuites = cipherSuites;
    }

    /**
     * Uses a PEM certificate chain and an unencrypted PEM private key, e.g. certbot's
     * {@code fullchain.pem} and {@code privkey.pem}, or the {@code server.crt} and {@code server.key}
     * of {@code openssl req}.
     *
     * @param certificateChain {@code CERTIFICATE} blocks, the server's certificate first, then its
     *     intermediates
     * @param privateKey a {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} (PKCS#1) or
     *     {@code EC PRIVATE KEY} (SEC1) block
     * @return the configuration
     */
    public static TlsConfig fromPem(Path certificateChain, Path privateKey) {
        return fromPem(certificateChain, privateKey, null);
    }

    /**
     * Uses a PEM certificate chain and a PEM private key that may be encrypted
     * ({@code ENCRYPTED PRIVATE KEY}, PKCS#8 with PBES2, as {@code openssl pkcs8 -topk8} writes).
     *
     * @param certificateChain {@code CERTIFICATE} blocks, the server's certificate first
     * @param privateKey the private key file
     * @param password the key's password, or {@code null} when it is not encrypted; copied
     * @return the configuration
     */
    public static TlsConfig fromPem(Path certificateChain, Path privateKey, char[] password) {
        return new TlsConfig(Objects.requireNonNull(certificateChain, "certificateChain"),
                Objects.requireNonNull(privateKey, "privateKey"), copy(password), ClientAuth.NONE, null, null,
                Duration.ofSeconds(DEFAULT_HANDSHAKE_TIMEOUT_SECONDS), true, DEFAULT_PROTOCOLS, DEFAULT_CIPHER_SUITES);
    }

    /**
     * Uses the one private key entry of a PKCS#12 keystore ({@code .p12}, {@code .pfx}) and its
     * certificate chain. The key's password is the keystore's.
     *
     * @param keystore the keystore file
     * @param password the keystore password; copied
     * @return the configuration
     */
    public static TlsConfig fromPkcs12(Path keystore, char[] password) {
        return new TlsConfig(Objects.requireNonNull(keystore, "keystore"), null,
                copy(Objects.requireNonNull(password, "password")), ClientAuth.NONE, null, null,
                Duration.ofSeconds(DEFAULT_HANDSHAKE_TIMEOUT_SECONDS), true, DEFAULT_PROTOCOLS, DEFAULT_CIPHER_SUITES);
    }

    /**
     * Asks clients for a certificate signed by one of the certificate authorities in a PEM file
     * (mutual TLS). Clients whose certificate the file does not vouch for are refused in the
     * handshake.
     *
     * @param mode {@link ClientAuth#REQUIRED} or {@link ClientAuth#OPTIONAL}; {@link ClientAuth#NONE}
     *     switches client certificates off again
     * @param trustedCertificates a PEM file of {@code CERTIFICATE} blocks, or a PKCS#12 trust store
     *     without a password
     * @return the changed copy
     */
    public TlsConfig withClientAuth(ClientAuth mode, Path trustedCertificates) {
        return withClientAuth(mode, trustedCertificates, null);
    }

    /**
     * Asks clients for a certificate signed by one of the certificate authorities in a trust store
     * (mutual TLS).
     *
     * @param mode {@link ClientAuth#REQUIRED} or {@link ClientAuth#OPTIONAL}; {@link ClientAuth#NONE}
     *     switches client certificates off again
     * @param trustStore a PEM file of {@code CERTIFICATE} blocks, or a PKCS#12 trust store
     * @param password the PKCS#12 trust store's password, or {@code null}; copied
     * @return the changed copy
     */
    public TlsConfig withClientAuth(ClientAuth mode, Path trustStore, char[] password) {
        Objects.requireNonNull(mode, "mode");
        if (mode == ClientAuth.NONE) {
            return new TlsConfig(certificateChain, privateKey, this.password, mode, null, null,
                    handshakeTimeout, reload, protocols, cipherSuites);
        }
        return new TlsConfig(certificateChain, privateKey, this.password, mode,
                Objects.requireNonNull(trustStore, "trustStore"), copy(password), handshakeTimeout, reload,
                protocols, cipherSuites);
    }

    /**
     * Sets how long a client has for the whole TLS handshake, from the first byte it may send. A
     * client that sends nothing, or stalls, is dropped after it; other connections are not affected.
     *
     * @param timeout more than zero
     * @return the changed copy
     */
    public TlsConfig withHandshakeTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("handshake timeout must be more than zero and under 24 days, was " + timeout);
        }
        return new TlsConfig(certificateChain, privateKey, password, clientAuth, trustStore,
                trustStorePassword, timeout, reload, protocols, cipherSuites);
    }

    /**
     * Switches certificate reload on or off. When on, a new connection checks (at most once a
     * second) whether the key, certificate or trust files changed (time, size or file); if they did,
     * they are loaded again and new connections use them, while open connections go on with the old
     * ones. A new set that cannot be loaded is logged and the old one is kept.
     *
     * @param enabled whether to reload changed files
     * @return the changed copy
     */
    public TlsConfig withReload(boolean enabled) {
        return new TlsConfig(certificateChain, privateKey, password, clientAuth, trustStore,
                trustStorePassword, handshakeTimeout, enabled, protocols, cipherSuites);
    }

    /**
     * Restricts the protocols, e.g. to {@code TLSv1.3} alone.
     *
     * @param protocols some of {@code TLSv1.3} and {@code TLSv1.2}
     * @return the changed copy
     * @throws IllegalArgumentException when empty or when a protocol is older or unknown
     */
    public TlsConfig withProtocols(String... protocols) {
        List<String> list = List.of(protocols);
        if (list.isEmpty() || !ALLOWED_PROTOCOLS.containsAll(list)) {
            throw new IllegalArgumentException("protocols must be some of " + DEFAULT_PROTOCOLS + ", were " + list);
        }
        return new TlsConfig(certificateChain, privateKey, password, clientAuth, trustStore,
                trustStorePassword, handshakeTimeout, reload, list, cipherSuites);
    }

    /**
     * Replaces the cipher suites, in order of preference. {@link TlsTransport#create(TlsConfig)}
     * rejects names the JDK does not support.
     *
     * @param cipherSuites JSSE names, e.g. {@code TLS_AES_256_GCM_SHA384}
     * @return the changed copy
     * @throws IllegalArgumentException when empty
     */
    public TlsConfig withCipherSuites(String... cipherSuites) {
        List<String> list = List.of(cipherSuites);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one cipher suite is needed");
        }
        return new TlsConfig(certificateChain, privateKey, password, clientAuth, trustStore,
                trustStorePassword, handshakeTimeout, reload, protocols, list);
    }

    /**
     * Returns the PEM certificate chain file, or the PKCS#12 keystore.
     *
     * @return the file holding the certificates
     */
    public Path certificateFile() {
        return certificateChain;
    }

    /**
     * Returns the PEM private key file.
     *
     * @return the key file, or {@code null} for a PKCS#12 keystore
     */
    public Path privateKeyFile() {
        return privateKey;
    }

    /**
     * Returns whether the key and certificate come from a PKCS#12 keystore.
     *
     * @return {@code true} for PKCS#12, {@code false} for PEM
     */
    public boolean isPkcs12() {
        return privateKey == null; // fromPem requires a key file, fromPkcs12 has none
    }

    /**
     * Returns whether clients are asked for a certificate.
     *
     * @return the client authentication mode
     */
    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /**
     * Returns the trust store for client certificates.
     *
     * @return the file, or {@code null} when {@link #clientAuth()} is {@link ClientAuth#NONE}
     */
    public Path trustStore() {
        return trustStore;
    }

    /**
     * Returns the handshake timeout.
     *
     * @return the timeout
     */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /**
     * Returns whether changed files are loaded again.
     *
     * @return whether reload is on
     */
    public boolean reload() {
        return reload;
    }

    /**
     * Returns the accepted protocols.
     *
     * @return the protocols, in order of preference
     */
    public List<String> protocols() {
        return protocols;
    }

    /**
     * Returns the accepted cipher suites.
     *
     * @return the suites, in order of preference
     */
    public List<String> cipherSuites() {
        return cipherSuites;
    }

    char[] password() {
        return copy(password);
    }

    char[] trustStorePassword() {
        return copy(trustStorePassword);
    }

    @Override
    public String toString() {
        return "TlsConfig[" + (isPkcs12() ? "pkcs12 " + certificateChain : "pem " + certificateChain + " + " + privateKey)
                + ", clientAuth " + clientAuth + (trustStore == null ? "" : " trusting " + trustStore)
                + ", handshake timeout " + handshakeTimeout + ", reload " + (reload ? "on" : "off") + "]";
    }

    private static char[] copy(char[] password) {
        return password == null ? null : Arrays.copyOf(password, password.length);
    }
}
