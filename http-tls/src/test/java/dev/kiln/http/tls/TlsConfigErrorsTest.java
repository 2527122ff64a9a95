package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Files that cannot be used are refused at startup with a message that names the file and the problem. */
class TlsConfigErrorsTest {

    private final TestPki pki = TestPki.get();

    @Test
    void namesAMissingCertificateFile() {
        Path missing = pki.file("nope.crt");

        TlsConfigException error = failure(TlsConfig.fromPem(missing, pki.file("server.key")));

        assertEquals("the certificate chain file " + missing + " does not exist", error.getMessage());
        assertEquals(missing, error.file());
    }

    @Test
    void namesAMissingKeyFile() {
        Path missing = pki.file("nope.key");

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), missing));

        assertEquals("the private key file " + missing + " does not exist", error.getMessage());
    }

    @Test
    void namesAnUnreadableFile() {
        Path folder = pki.dir; // a folder cannot be read as a file, even by root

        TlsConfigException error = failure(TlsConfig.fromPem(folder, pki.file("server.key")));

        assertTrue(error.getMessage().startsWith("cannot read the certificate chain file " + folder), error.getMessage());
    }

    @Test
    void namesAFileWithoutPermission() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "SKIPPED: running as root, who may read any file; the unreadable-folder test covers the message");
        Path locked = Files.copy(pki.file("server.key"), pki.file("locked.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(locked, java.util.Set.of());

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), locked));

        assertEquals("the private key file " + locked + " is not readable (permission denied)", error.getMessage());
    }

    @Test
    void saysAFileIsNotPem() throws IOException {
        Path text = Files.writeString(pki.file("notes.txt"), "this is not a certificate\n");

        TlsConfigException error = failure(TlsConfig.fromPem(text, pki.file("server.key")));

        assertEquals("the certificate chain file " + text + " is not PEM: it has no -----BEGIN ...----- line",
                error.getMessage());
    }

    @Test
    void saysABinaryKeystoreIsNotPemAndPointsToPkcs12() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.p12"), pki.file("server.key")));

        assertTrue(error.getMessage().contains("is not PEM") && error.getMessage().contains("TlsConfig.fromPkcs12"),
                error.getMessage());
    }

    @Test
    void saysACertificateFileHoldsNoCertificate() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.key"), pki.file("server.key")));

        assertEquals("the certificate chain file " + pki.file("server.key") + " holds no CERTIFICATE block, only [PRIVATE KEY]",
                error.getMessage());
    }

    @Test
    void saysAKeyFileHoldsNoKey() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.crt")));

        assertEquals("the private key file " + pki.file("server.crt") + " holds no private key, only [CERTIFICATE]",
                error.getMessage());
    }

    @Test
    void saysAKeyOfAnotherAlgorithmDoesNotMatchTheCertificate() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), pki.file("renewed.key")));

        assertTrue(error.getMessage().startsWith("the private key in " + pki.file("renewed.key")
                + " does not match the certificate 'CN=localhost' in " + pki.file("server.crt")), error.getMessage());
        assertEquals(pki.file("renewed.key"), error.file());
    }

    @Test
    void saysAnotherRsaKeyDoesNotMatchTheCertificate() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path other = Files.writeString(pki.file("other-rsa.key"),
                TestPki.pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), other));

        assertTrue(error.getMessage().contains("does not match the certificate") && error.getMessage().contains("RSA moduli differ"),
                error.getMessage());
    }

    @Test
    void saysAnotherEcKeyDoesNotMatchTheCertificate() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("renewed.crt"), pki.file("client.key")));

        assertTrue(error.getMessage().contains("does not match the certificate 'CN=localhost,O=Renewed'"), error.getMessage());
    }

    @Test
    void saysTheKeyPasswordIsWrong() {
        Path key = pki.file("server-encrypted.key");

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), key, "wrong".toCharArray()));

        assertEquals("wrong password for the encrypted private key in " + key, error.getMessage());
    }

    @Test
    void asksForThePasswordOfAnEncryptedKey() {
        Path key = pki.file("server-encrypted.key");

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), key));

        assertTrue(error.getMessage().startsWith("the private key in " + key + " is encrypted: give its password"),
                error.getMessage());
    }

    @Test
    void saysTheKeystorePasswordIsWrong() {
        Path keystore = pki.file("server.p12");

        TlsConfigException error = failure(TlsConfig.fromPkcs12(keystore, "wrong".toCharArray()));

        assertEquals("wrong password for the PKCS#12 keystore " + keystore, error.getMessage());
    }

    @Test
    void saysAPemFileIsNotAPkcs12Keystore() {
        Path pem = pki.file("server.crt");

        TlsConfigException error = failure(TlsConfig.fromPkcs12(pem, "x".toCharArray()));

        assertTrue(error.getMessage().startsWith("the keystore file " + pem + " is not a PKCS#12 keystore"), error.getMessage());
    }

    @Test
    void explainsHowToConvertALegacyEncryptedPemKey() {
        assumeTrue(TestPki.hasOpenssl(), "SKIPPED: openssl is not installed; it writes the legacy encrypted key of this test");
        pki.openssl("rsa", "-in", "server.key", "-traditional", "-aes256", "-passout", "pass:x", "-out", "legacy.key");

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), pki.file("legacy.key"), "x".toCharArray()));

        assertTrue(error.getMessage().contains("legacy PEM encryption") && error.getMessage().contains("openssl pkcs8 -topk8"),
                error.getMessage());
    }

    @Test
    void namesAMissingTrustStore() {
        Path missing = pki.file("no-ca.crt");

        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withClientAuth(ClientAuth.REQUIRED, missing));

        assertEquals("the trust store file " + missing + " does not exist", error.getMessage());
    }

    @Test
    void rejectsAnUnsupportedCipherSuite() {
        TlsConfigException error = failure(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withCipherSuites("TLS_MADE_UP_SUITE"));

        assertEquals("the cipher suite TLS_MADE_UP_SUITE is not supported by this JDK", error.getMessage());
    }

    @Test
    void refusesProtocolsOlderThanTls12() {
        TlsConfig config = TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> config.withProtocols("TLSv1.1"));

        assertEquals("protocols must be some of [TLSv1.3, TLSv1.2], were [TLSv1.1]", error.getMessage());
    }

    @Test
    void refusesAZeroHandshakeTimeout() {
        TlsConfig config = TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"));

        assertThrows(IllegalArgumentException.class, () -> config.withHandshakeTimeout(Duration.ZERO));
    }

    @Test
    void warnsAtStartupAboutAnExpiredCertificate() {
        try (LogCapture log = new LogCapture()) {
            TlsTransport.create(TlsConfig.fromPem(pki.file("expired.crt"), pki.file("expired.key")));

            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("WARNING the certificate 'CN=localhost,O=Expired' in "
                    + pki.file("expired.crt") + " expired on ")), log.messages().toString());
        }
    }

    private static TlsConfigException failure(TlsConfig config) {
        return assertThrows(TlsConfigException.class, () -> TlsTransport.create(config));
    }
}
