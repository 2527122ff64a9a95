package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the certificate and key files on disk (as certbot renewals do) changes what new
 * connections get, without a restart; open connections go on; a broken pair keeps the old one.
 */
class CertificateReloadTest {

    /** The transport looks at the files at most once a second. */
    private static final long AFTER_NEXT_CHECK_MILLIS = 1200;

    private final TestPki pki = TestPki.get();
    @RegisterExtension
    final TransportServers servers = new TransportServers();
    private TransportTestServer server;

    @TempDir
    Path live;
    private Path crt;
    private Path key;

    @BeforeEach
    void installFirstPair() throws IOException {
        crt = live.resolve("server.crt");
        key = live.resolve("server.key");
        Files.copy(pki.file("server.crt"), crt);
        Files.copy(pki.file("server.key"), key);
    }

    @Test
    void newConnectionsGetTheNewCertificateWhileOpenOnesGoOn() throws Exception {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(crt, key));
        server = servers.start(tls);

        try (SSLSocket before = TlsClients.connect(pki.clientContext(), server.port())) {
            assertEquals(pki.certificate("server"), peerCertificate(before));

            replace("renewed.crt", crt);
            replace("renewed.key", key);
            Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

            try (SSLSocket after = TlsClients.connect(pki.clientContext(), server.port())) {
                assertEquals(pki.certificate("renewed"), peerCertificate(after));
                assertTrue(TransportTestServer.get(after).startsWith("TLSv1.3"));
            }
            assertTrue(TransportTestServer.get(before).startsWith("TLSv1.3"), "the old connection still works");
            assertEquals(pki.certificate("server"), peerCertificate(before));
            assertEquals(pki.certificate("renewed"), tls.certificate());
        }
    }

    @Test
    void aBrokenNewPairIsLoggedAndTheOldOneKept() throws Exception {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(crt, key));
        server = servers.start(tls);

        try (LogCapture log = new LogCapture()) {
            replace("renewed.crt", crt); // the key is still the old one: they do not match
            Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

            try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
                assertEquals(pki.certificate("server"), peerCertificate(client));
            }
            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("WARNING TLS files changed but cannot be loaded")
                    && m.contains("does not match the certificate")), log.messages().toString());

            replace("renewed.key", key); // the pair is whole again
            Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

            try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
                assertEquals(pki.certificate("renewed"), peerCertificate(client));
            }
            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("INFO reloaded TLS certificate 'CN=localhost,O=Renewed'")),
                    log.messages().toString());
        }
    }

    @Test
    void aFileThatIsNotPemYetIsLoggedAndTheOldOneKept() throws Exception {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(crt, key));
        server = servers.start(tls);

        Files.writeString(crt, "-----BEGIN CERTIFICATE-----\nMIIB"); // half written
        Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
            assertEquals(pki.certificate("server"), peerCertificate(client));
        }
    }

    @Test
    void keepsTheFirstCertificateWhenReloadIsOff() throws Exception {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(crt, key).withReload(false));
        server = servers.start(tls);

        replace("renewed.crt", crt);
        replace("renewed.key", key);
        Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
            assertEquals(pki.certificate("server"), peerCertificate(client));
        }
    }

    @Test
    void reloadsAReplacedPkcs12Keystore() throws Exception {
        Path keystore = live.resolve("server.p12");
        Files.copy(pki.file("server.p12"), keystore);
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPkcs12(keystore, TestPki.STORE_PASSWORD.toCharArray()));
        server = servers.start(tls);

        replace("renewed.p12", keystore);
        Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
            assertEquals(pki.certificate("renewed"), peerCertificate(client));
        }
    }

    @Test
    void followsASymbolicLinkThatIsRepointed() throws Exception {
        // certbot: live/server.crt -> ../archive/cert1.pem, renewed by pointing it at cert2.pem
        Path archive = Files.createDirectory(live.resolve("archive"));
        Files.copy(pki.file("server.crt"), archive.resolve("cert1.pem"));
        Files.copy(pki.file("server.key"), archive.resolve("key1.pem"));
        Files.copy(pki.file("renewed.crt"), archive.resolve("cert2.pem"));
        Files.copy(pki.file("renewed.key"), archive.resolve("key2.pem"));
        Path linkCrt = Files.createSymbolicLink(live.resolve("link.crt"), archive.resolve("cert1.pem"));
        Path linkKey = Files.createSymbolicLink(live.resolve("link.key"), archive.resolve("key1.pem"));
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(linkCrt, linkKey));
        server = servers.start(tls);

        repoint(linkCrt, archive.resolve("cert2.pem"));
        repoint(linkKey, archive.resolve("key2.pem"));
        Thread.sleep(AFTER_NEXT_CHECK_MILLIS);

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), server.port())) {
            assertEquals(pki.certificate("renewed"), peerCertificate(client));
        }
    }

    private void replace(String source, Path target) throws IOException {
        Path next = Files.copy(pki.file(source), target.resolveSibling(target.getFileName() + ".next"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void repoint(Path link, Path target) throws IOException {
        Path next = Files.createSymbolicLink(link.resolveSibling(link.getFileName() + ".next"), target);
        Files.move(next, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate peerCertificate(SSLSocket socket) throws IOException {
        return (X509Certificate) socket.getSession().getPeerCertificates()[0];
    }
}
