package dev.kiln.benchmarks.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The suite's HTTPS key and certificate: a PKCS#12 keystore, made by {@link #generate(Path)} with
 * the JDK's {@code keytool} (an EC P-256 key, certificate for {@code 127.0.0.1} and
 * {@code localhost}, valid 2 days).
 *
 * @param keystore the PKCS#12 file
 * @param password its password (also the key's)
 */
public record SuiteTls(Path keystore, String password) {

    /** The password of keystores made by {@link #generate(Path)}. */
    public static final String PASSWORD = "changeit";

    /**
     * Writes a new keystore into a folder, unless one is there.
     *
     * @param folder where to write {@code suite.p12}
     * @return the keystore
     * @throws IOException when keytool fails
     * @throws InterruptedException when interrupted while keytool runs
     */
    public static SuiteTls generate(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path keystore = folder.resolve("suite.p12");
        if (!Files.exists(keystore)) {
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-alias", "suite", "-dname", "CN=localhost", "-validity", "2",
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("keytool could not make " + keystore + ": " + output);
            }
        }
        return new SuiteTls(keystore, PASSWORD);
    }

    /**
     * Returns key managers for the keystore's key.
     *
     * @return the factory
     * @throws IOException when the keystore cannot be read
     * @throws GeneralSecurityException when it holds no usable key
     */
    public KeyManagerFactory keyManagers() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password.toCharArray());
        return factory;
    }

    /**
     * Returns a server TLS context (TLS 1.3 and 1.2) for the keystore's key.
     *
     * @return the context
     * @throws IOException when the keystore cannot be read
     * @throws GeneralSecurityException when it holds no usable key
     */
    public SSLContext sslContext() throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers().getKeyManagers(), null, null);
        return context;
    }
}
