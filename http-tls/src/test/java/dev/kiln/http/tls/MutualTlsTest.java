package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client certificates: required or optional, checked against the configured certificate authorities. */
class MutualTlsTest {

    private final TestPki pki = TestPki.get();
    @RegisterExtension
    final TransportServers servers = new TransportServers();
    private TransportTestServer server;

    private int start(ClientAuth mode) throws IOException {
        server = servers.start(TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withClientAuth(mode, pki.file("ca.crt"))));
        return server.port();
    }

    @Test
    void acceptsAClientCertificateSignedByTheTrustedCa() throws IOException {
        int port = start(ClientAuth.REQUIRED);

        try (SSLSocket client = TlsClients.connect(pki.clientContext("client"), port)) {
            assertEquals("CN=test-client", TransportTestServer.get(client).split(" ")[3]);
        }
    }

    @Test
    void refusesAClientWithoutCertificateWhenRequired() throws Exception {
        int port = start(ClientAuth.REQUIRED);

        // in TLS 1.3 the client learns of the refusal on its first read after the handshake
        IOException refused = assertThrows(IOException.class, () -> {
            try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
                TransportTestServer.get(client);
            }
        });
        assertEquals(1, server.awaitFailedOpens(1), "the server refused the handshake: " + refused);
    }

    @Test
    void refusesASelfSignedClientCertificate() throws Exception {
        int port = start(ClientAuth.REQUIRED);

        IOException refused = assertThrows(IOException.class, () -> {
            try (SSLSocket client = TlsClients.connect(pki.clientContext("rogue"), port)) {
                TransportTestServer.get(client);
            }
        });
        assertEquals(1, server.awaitFailedOpens(1), "the server refused the handshake: " + refused);
    }

    @Test
    void servesAClientWithoutCertificateWhenOptional() throws IOException {
        int port = start(ClientAuth.OPTIONAL);

        try (SSLSocket client = TlsClients.connect(pki.clientContext(), port)) {
            assertEquals("-", TransportTestServer.get(client).split(" ")[3]);
        }
    }

    @Test
    void checksACertificateOfferedWhenOptional() throws Exception {
        int port = start(ClientAuth.OPTIONAL);

        try (SSLSocket client = TlsClients.connect(pki.clientContext("client"), port)) {
            assertEquals("CN=test-client", TransportTestServer.get(client).split(" ")[3]);
        }
        IOException refused = assertThrows(IOException.class, () -> {
            try (SSLSocket client = TlsClients.connect(pki.clientContext("rogue"), port)) {
                TransportTestServer.get(client);
            }
        });
        assertEquals(1, server.awaitFailedOpens(1), "the server refused the handshake: " + refused);
    }

    @Test
    void readsTheTrustedCaFromAPkcs12TrustStore() throws IOException {
        server = servers.start(TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withClientAuth(ClientAuth.REQUIRED, pki.file("ca.p12"), TestPki.STORE_PASSWORD.toCharArray())));

        try (SSLSocket client = TlsClients.connect(pki.clientContext("client"), server.port())) {
            assertEquals("CN=test-client", TransportTestServer.get(client).split(" ")[3]);
        }
    }

    @Test
    void neverAsksForAClientCertificateWhenClientAuthIsOff() throws IOException {
        server = servers.start(TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))));

        try (SSLSocket client = TlsClients.connect(pki.clientContext("client"), server.port())) {
            assertEquals("-", TransportTestServer.get(client).split(" ")[3]);
        }
        try (SSLSocket client = TlsClients.connect(pki.clientContext("rogue"), server.port())) {
            assertEquals("-", TransportTestServer.get(client).split(" ")[3]);
        }
    }
}
