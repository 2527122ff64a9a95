package dev.kiln.examples.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made at test time with the
 * running JDK's {@code keytool} and written as the PEM {@code server.crt} and {@code server.key}
 * the site app reads.
 *
 * @param certificateFile the PEM certificate
 * @param keyFile the PEM private key (PKCS#8)
 * @param certificate the certificate, for a client to trust
 */
public record SelfSignedCertificate(Path certificateFile, Path keyFile, Certificate certificate) {

    private static final String PASSWORD = "changeit";

    /**
     * Makes the certificate and its key.
     *
     * @param folder where to write {@code server.crt}, {@code server.key} and the keystore
     * @return the files
     * @throws IOException when keytool fails
     * @throws GeneralSecurityException when the keystore cannot be read
     * @throws InterruptedException when interrupted while keytool runs
     */
    public static SelfSignedCertificate create(Path folder) throws IOException, GeneralSecurityException, InterruptedException {
        Path keystore = folder.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "site",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey("site", PASSWORD.toCharArray());
        Certificate certificate = store.getCertificate("site");
        Path certificateFile = folder.resolve("server.crt");
        Path keyFile = folder.resolve("server.key");
        Files.writeString(certificateFile, pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        return new SelfSignedCertificate(certificateFile, keyFile, certificate);
    }

    /**
     * Returns a TLS context that trusts this certificate alone.
     *
     * @return the context, for {@code HttpClient.newBuilder().sslContext(...)}
     * @throws GeneralSecurityException when the context cannot be made
     * @throws IOException never, in practice
     */
    public SSLContext trustingContext() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("site", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
