package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transport's handshake: protocols, cipher suites, ALPN, and what a bad client can and cannot do. */
class TlsTransportTest {

    private final TestPki pki = TestPki.get();
    @RegisterExtension
    final TransportServers servers = new TransportServers();
    private TransportTestServer server;

    private int start(TlsConfig config) throws IOException {
        server = servers.start(TlsTransport.create(config));
        return server.port();
    }

    private TlsConfig rsa() {
        return TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"));
    }

    @Test
    void negotiatesTls13WithAnAeadSuiteByDefault() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            String[] session = TransportTestServer.get(client).split(" ");

            assertEquals("TLSv1.3", session[0]);
            assertTrue(List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")
                    .contains(session[1]), session[1]);
        }
    }

    @Test
    void acceptsTls12WithEcdheAndAesGcm() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port, p -> p.setProtocols(new String[] {"TLSv1.2"}))) {
            String[] session = TransportTestServer.get(client).split(" ");

            assertEquals("TLSv1.2", session[0]);
            assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", session[1]);
        }
    }

    @Test
    void acceptsTls12WithAnEcdsaCertificate() throws IOException {
        int port = start(TlsConfig.fromPem(pki.file("renewed.crt"), pki.file("renewed.key")));

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port, p -> p.setProtocols(new String[] {"TLSv1.2"}))) {
            assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", TransportTestServer.get(client).split(" ")[1]);
        }
    }

    @Test
    void refusesTls12CbcSuites() throws IOException {
        int port = start(rsa());

        assertThrows(SSLHandshakeException.class, () -> TlsClients.connect(pki.clientContext(), port, p -> {
            p.setProtocols(new String[] {"TLSv1.2"});
            p.setCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"});
        }));
    }

    @Test
    void servesOnlyTls13WhenRestrictedToIt() throws IOException {
        int port = start(rsa().withProtocols("TLSv1.3"));

        assertThrows(SSLHandshakeException.class,
                () -> TlsClients.connect(pki.clientContext(), port, p -> p.setProtocols(new String[] {"TLSv1.2"})));
        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            assertEquals("TLSv1.3", client.getSession().getProtocol());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TLS 1.1, 2", "TLS 1.0, 1"})
    void refusesOlderProtocolsWithAProtocolVersionAlert(String name, int minor) throws IOException {
        int port = start(rsa());

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout(5000);
            client.getOutputStream().write(legacyClientHello(minor));
            byte[] reply = client.getInputStream().readNBytes(7);

            assertEquals(0x15, reply[0], name + " got a record of type " + reply[0] + " instead of an alert");
            assertEquals(70, reply[6], "alert description: protocol_version (70)");
        }
    }

    @Test
    void negotiatesAlpnHttp11() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port,
                p -> p.setApplicationProtocols(new String[] {"h2", "http/1.1"}))) {
            assertEquals("http/1.1", client.getApplicationProtocol());
        }
    }

    @Test
    void servesClientsThatOfferNoAlpn() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            assertEquals("", client.getApplicationProtocol());
            assertTrue(TransportTestServer.get(client).startsWith("TLSv1.3"));
        }
    }

    @Test
    void refusesClientsThatOfferOnlyH2() throws IOException {
        int port = start(rsa());

        assertThrows(SSLHandshakeException.class, () -> TlsClients.connect(pki.clientContext(), port,
                p -> p.setApplicationProtocols(new String[] {"h2"})));
    }

    @Test
    void restoresTheReadTimeoutAfterTheHandshake() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            String[] session = TransportTestServer.get(client).split(" ");

            assertEquals(String.valueOf(TransportTestServer.READ_TIMEOUT_BEFORE_OPEN), session[4]);
        }
    }

    @Test
    void servesManyRequestsOnOneConnection() throws IOException {
        int port = start(rsa());

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            for (int i = 0; i < 20; i++) {
                assertTrue(TransportTestServer.get(client).startsWith("TLSv1.3"));
            }
        }
    }

    @Test
    void dropsAClientThatSendsNothingWithinTheHandshakeTimeout() throws IOException {
        int port = start(rsa().withHandshakeTimeout(Duration.ofMillis(300)));

        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port)) {
            silent.setSoTimeout(5000);
            long start = System.nanoTime();

            assertEquals(-1, readOrEnd(silent.getInputStream()));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis >= 250 && elapsedMillis < 2000, "dropped after " + elapsedMillis + " ms");
            try (SSLSocket other = TlsClients.connect(pki.clientContext(), port)) {
                assertTrue(TransportTestServer.get(other).startsWith("TLSv1.3"), "the listener still serves others");
            }
        }
    }

    @Test
    void dropsAClientThatTricklesItsHelloPastTheHandshakeTimeout() throws Exception {
        int port = start(rsa().withHandshakeTimeout(Duration.ofMillis(600)));
        byte[] hello = legacyClientHello(3);

        try (Socket trickler = new Socket(InetAddress.getLoopbackAddress(), port)) {
            long start = System.nanoTime();
            boolean dropped = false;
            // one byte every 150 ms: each read is well within the timeout, the whole is not
            for (int i = 0; i < hello.length - 1 && !dropped; i++) {
                try {
                    trickler.getOutputStream().write(hello[i]);
                    trickler.getOutputStream().flush();
                    Thread.sleep(150);
                } catch (IOException e) {
                    dropped = true;
                }
                dropped |= (System.nanoTime() - start) > 3_000_000_000L;
            }
            trickler.setSoTimeout(3000);
            assertEquals(-1, readOrEnd(trickler.getInputStream()));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < 2500, "dropped after " + elapsedMillis + " ms");
        }
    }

    @Test
    void plainHttpOnTheTlsPortFailsOnlyThatConnection() throws IOException {
        int port = start(rsa());

        try (SSLSocket before = TlsClients.connect(pki.clientContext(), port);
                Socket plain = new Socket(InetAddress.getLoopbackAddress(), port)) {
            plain.setSoTimeout(5000);
            plain.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            byte[] reply = readAll(plain.getInputStream());
            assertTrue(reply.length == 0 || reply[0] == 0x15, "no HTTP answer, at most a TLS alert");
            assertTrue(TransportTestServer.get(before).startsWith("TLSv1.3"), "an open connection goes on");
            try (SSLSocket after = TlsClients.connect(pki.clientContext(), port)) {
                assertTrue(TransportTestServer.get(after).startsWith("TLSv1.3"), "new connections are served");
            }
        }
        assertNotEquals(0, server.failedOpens.get());
    }

    /** A ClientHello for TLS 1.{minor - 1} with no extensions and two suites that version knew. */
    static byte[] legacyClientHello(int minor) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(3);
        body.write(minor);
        body.writeBytes(new byte[32]); // random
        body.write(0); // no session id
        body.writeBytes(new byte[] {0, 4, (byte) 0xc0, 0x13, 0x00, 0x2f}); // ECDHE_RSA_AES_128_CBC_SHA, RSA_AES_128_CBC_SHA
        body.writeBytes(new byte[] {1, 0}); // compression: null
        byte[] hello = body.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {0x16, 3, (byte) minor, 0, (byte) (hello.length + 4)});
        record.writeBytes(new byte[] {1, 0, 0, (byte) hello.length});
        record.writeBytes(hello);
        return record.toByteArray();
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1; // a reset counts as dropped
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // reset: what was read so far
        }
        return out.toByteArray();
    }
}
