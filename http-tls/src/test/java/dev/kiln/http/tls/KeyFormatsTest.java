package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every key and keystore format a user may have loads, and the server then presents its certificate. */
class KeyFormatsTest {

    private static final String NO_OPENSSL = "SKIPPED: openssl is not installed; install it (apt-get install openssl,"
            + " as .ci/run does) to test keys in the formats OpenSSL writes";

    private final TestPki pki = TestPki.get();

    @Test
    void loadsPemChainWithPkcs8RsaKey() {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key")));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    @Test
    void loadsPemChainWithPkcs8EcKey() {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("renewed.crt"), pki.file("renewed.key")));

        assertEquals(pki.certificate("renewed"), tls.certificate());
    }

    @Test
    void loadsEncryptedPkcs8KeyWithItsPassword() {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"),
                pki.file("server-encrypted.key"), TestPki.KEY_PASSWORD.toCharArray()));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    @Test
    void loadsPkcs12Keystore() {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPkcs12(pki.file("server.p12"),
                TestPki.STORE_PASSWORD.toCharArray()));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    @Test
    void loadsOneFileHoldingBothKeyAndChain() throws IOException {
        Path combined = pki.file("combined.pem");
        Files.writeString(combined, Files.readString(pki.file("server.key")) + Files.readString(pki.file("server.crt")));

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(combined, combined));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    @Test
    void loadsPkcs1RsaKeyWrittenByOpenssl() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);
        pki.openssl("rsa", "-in", "server.key", "-traditional", "-out", "server-pkcs1.key");
        assertTrue(readUnchecked(pki.file("server-pkcs1.key")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server-pkcs1.key")));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    @Test
    void loadsSec1EcKeyWrittenByOpenssl() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);
        pki.openssl("ec", "-in", "renewed.key", "-out", "renewed-sec1.key");
        assertTrue(readUnchecked(pki.file("renewed-sec1.key")).startsWith("-----BEGIN EC PRIVATE KEY-----"));

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("renewed.crt"), pki.file("renewed-sec1.key")));

        assertEquals(pki.certificate("renewed"), tls.certificate());
    }

    @Test
    void loadsKeyAndSelfSignedCertificateMadeWithOpensslEcparamAndReq() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);
        // "openssl ecparam -genkey" writes an EC PARAMETERS block before the EC PRIVATE KEY
        pki.openssl("ecparam", "-genkey", "-name", "prime256v1", "-out", "ecparam.key");
        pki.openssl("req", "-new", "-x509", "-key", "ecparam.key", "-subj", "/CN=localhost", "-days", "1", "-out", "ecparam.crt");
        assertTrue(readUnchecked(pki.file("ecparam.key")).startsWith("-----BEGIN EC PARAMETERS-----"));

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("ecparam.crt"), pki.file("ecparam.key")));

        assertEquals("CN=localhost", tls.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void loadsEncryptedPkcs8KeyWrittenByOpenssl() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);
        pki.openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "renewed.key", "-passout", "pass:" + TestPki.KEY_PASSWORD,
                "-out", "renewed-openssl-encrypted.key");

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("renewed.crt"),
                pki.file("renewed-openssl-encrypted.key"), TestPki.KEY_PASSWORD.toCharArray()));

        assertEquals(pki.certificate("renewed"), tls.certificate());
    }

    @Test
    void loadsPkcs12KeystoreWrittenByOpenssl() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);
        pki.openssl("pkcs12", "-export", "-in", "server.crt", "-inkey", "server.key", "-passout", "pass:p12pass",
                "-out", "server-openssl.p12");

        TlsTransport tls = TlsTransport.create(TlsConfig.fromPkcs12(pki.file("server-openssl.p12"), "p12pass".toCharArray()));

        assertEquals(pki.certificate("server"), tls.certificate());
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
