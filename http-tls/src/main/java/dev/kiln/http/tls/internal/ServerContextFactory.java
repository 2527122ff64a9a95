package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.ClientAuth;
import dev.kiln.http.tls.TlsConfigException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Builds a {@link ServerContext} from the files of a TLS configuration; each call reads them again. */
public final class ServerContextFactory {

    /** The application protocol offered in ALPN (RFC 7301): this server speaks HTTP/1.1 only. */
    static final String[] APPLICATION_PROTOCOLS = {"http/1.1"};

    private final Settings settings;
    private final List<Path> files;

    /**
     * What to build from.
     *
     * @param certificateFile the PEM chain or the PKCS#12 keystore
     * @param keyFile the PEM key, or {@code null} for PKCS#12
     * @param password the key or keystore password, or {@code null}
     * @param clientAuth whether clients are asked for a certificate
     * @param trustStore the client CA file, or {@code null}
     * @param trustStorePassword its PKCS#12 password, or {@code null}
     * @param protocols the protocols allowed
     * @param cipherSuites the suites allowed, in preference order
     * @param defaultCipherSuites whether the suites are the defaults (unsupported ones are then dropped)
     */
    public record Settings(Path certificateFile, Path keyFile, char[] password, ClientAuth clientAuth,
            Path trustStore, char[] trustStorePassword, List<String> protocols, List<String> cipherSuites,
            boolean defaultCipherSuites) {
    }

    /**
     * Creates the factory; nothing is read yet.
     *
     * @param settings what to build from
     */
    public ServerContextFactory(Settings settings) {
        this.settings = settings;
        List<Path> files = new ArrayList<>();
        files.add(settings.certificateFile());
        if (settings.keyFile() != null) {
            files.add(settings.keyFile());
        }
        if (settings.trustStore() != null) {
            files.add(settings.trustStore());
        }
        this.files = List.copyOf(files);
    }

    /**
     * Returns the files a context is read from, the ones reload watches.
     *
     * @return the files
     */
    public List<Path> files() {
        return files;
    }

    /**
     * Reads the files and builds a context.
     *
     * @return the context
     * @throws TlsConfigException naming the file at fault, or an unsupported cipher suite
     */
    public ServerContext create() {
        List<FileStamp> stamps = files.stream().map(FileStamp::of).toList();
        KeyMaterial material = settings.keyFile() == null
                ? KeyMaterialLoader.fromPkcs12(settings.certificateFile(), settings.password())
                : KeyMaterialLoader.fromPem(settings.certificateFile(), settings.keyFile(), settings.password());
        KeyStore trust = settings.clientAuth() == ClientAuth.NONE
                ? null
                : TrustLoader.load(settings.trustStore(), settings.trustStorePassword());
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            // our own key manager over the key already read; without client authentication a trust
            // manager that trusts nothing, so the JDK does not load cacerts for checks that never happen
            TrustManager[] trustManagers = trust == null
                    ? new TrustManager[] {RefusingTrustManager.INSTANCE}
                    : trustManagers(trust);
            context.init(new KeyManager[] {new ServerKeyManager(material)}, trustManagers, new SecureRandom());
            return new ServerContext(context, parameters(context), material.certificate(), stamps);
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException(settings.certificateFile(), "cannot build a TLS context from "
                    + files + ": " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(KeyStore trust) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        return factory.getTrustManagers();
    }

    private SSLParameters parameters(SSLContext context) {
        SSLParameters supported = context.getSupportedSSLParameters();
        Set<String> supportedSuites = Set.of(supported.getCipherSuites());
        List<String> suites = new ArrayList<>();
        for (String suite : settings.cipherSuites()) {
            if (supportedSuites.contains(suite)) {
                suites.add(suite);
            } else if (!settings.defaultCipherSuites()) {
                throw new TlsConfigException(null, "the cipher suite " + suite + " is not supported by this JDK");
            }
        }
        List<String> protocols = new ArrayList<>(settings.protocols());
        protocols.retainAll(Arrays.asList(supported.getProtocols()));
        if (suites.isEmpty() || protocols.isEmpty()) {
            throw new TlsConfigException(null, "this JDK supports none of the protocols " + settings.protocols()
                    + " or cipher suites " + settings.cipherSuites());
        }
        SSLParameters parameters = new SSLParameters(suites.toArray(String[]::new), protocols.toArray(String[]::new));
        parameters.setUseCipherSuitesOrder(true);
        parameters.setApplicationProtocols(APPLICATION_PROTOCOLS);
        switch (settings.clientAuth()) {
            case REQUIRED -> parameters.setNeedClientAuth(true);
            case OPTIONAL -> parameters.setWantClientAuth(true);
            case NONE -> parameters.setNeedClientAuth(false);
        }
        return parameters;
    }
}
