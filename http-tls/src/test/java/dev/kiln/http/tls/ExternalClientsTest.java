package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTPS listener as {@code openssl s_client} and {@code curl} see it. Each test runs when the
 * program is installed ({@code .ci/run} installs both) and otherwise skips saying so.
 */
class ExternalClientsTest {

    private static final String NO_OPENSSL = "SKIPPED: openssl is not installed (apt-get install openssl, as .ci/run does);"
            + " the s_client checks of protocols and ALPN did not run";
    private static final String NO_CURL = "SKIPPED: curl is not installed (apt-get install curl, as .ci/run does);"
            + " the curl --cacert checks did not run";

    private final TestPki pki = TestPki.get();
    private HttpServer server;

    @BeforeEach
    void start() {
        TlsTransport tls = TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withClientAuth(ClientAuth.OPTIONAL, pki.file("ca.crt")));
        server = HttpServer.builder().accessLog(false)
                .listen("127.0.0.1", 0, tls)
                .handler(request -> Response.text(request.scheme() + " " + request.target()))
                .build().start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
    }

    private String sClient(String... options) {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + server.port(),
                "-servername", "localhost", "-CAfile", "ca.crt", "-ign_eof"));
        command.addAll(List.of(options));
        return pki.run(command, "GET /via-openssl HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    @Test
    void opensslNegotiatesTls13AndAlpnHttp11AndGetsAnAnswer() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);

        String output = sClient("-tls1_3", "-alpn", "http/1.1");

        assertTrue(output.contains("New, TLSv1.3, Cipher is TLS_AES_"), output);
        assertTrue(output.contains("ALPN protocol: http/1.1"), output);
        assertTrue(output.contains("Verify return code: 0 (ok)"), output);
        assertTrue(output.contains("HTTP/1.1 200 OK") && output.contains("https /via-openssl"), output);
    }

    @Test
    void opensslNegotiatesTls12WithEcdheAesGcm() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);

        String output = sClient("-tls1_2", "-alpn", "h2,http/1.1");

        assertTrue(output.contains("New, TLSv1.2, Cipher is ECDHE-RSA-AES128-GCM-SHA256"), output);
        assertTrue(output.contains("ALPN protocol: http/1.1"), output);
        assertTrue(output.contains("https /via-openssl"), output);
    }

    @Test
    void opensslOfferingOnlyCbcSuitesOverTls12IsRefused() {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);

        String output = sClient("-tls1_2", "-cipher", "ECDHE-RSA-AES128-SHA256:AES128-SHA");

        assertFalse(output.contains("New, TLSv1.2"), output);
        assertTrue(output.contains("alert handshake failure"), output);
    }

    @ParameterizedTest(name = "openssl s_client {0}")
    @ValueSource(strings = {"-tls1_1", "-tls1"})
    void opensslOfferingOnlyOldProtocolsIsRefused(String protocol) {
        assumeTrue(TestPki.hasOpenssl(), NO_OPENSSL);

        // SECLEVEL=0 lets this OpenSSL offer the old protocol at all, so the refusal is the server's
        String output = sClient(protocol, "-cipher", "DEFAULT@SECLEVEL=0");

        assertFalse(output.contains("https /via-openssl"), output);
        assertTrue(output.contains("alert protocol version"), output);
    }

    @Test
    void curlWithTheCaCertificateGetsTheResponseOverTls13AndHttp11() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "-v", "--cacert", "ca.crt",
                "https://localhost:" + server.port() + "/via-curl?x=1"), null);

        assertTrue(output.contains("https /via-curl?x=1"), output);
        assertTrue(output.contains("SSL connection using TLSv1.3"), output);
        assertTrue(output.contains("ALPN: server accepted http/1.1"), output);
        assertTrue(output.endsWith("[exit 0]"), output);
    }

    @Test
    void curlLimitedToTls12IsServed() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "-v", "--cacert", "ca.crt", "--tlsv1.2", "--tls-max", "1.2",
                "https://localhost:" + server.port() + "/"), null);

        assertTrue(output.contains("SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256"), output);
        assertTrue(output.endsWith("[exit 0]"), output);
    }

    @Test
    void curlLimitedToTls11IsRefused() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "--cacert", "ca.crt", "--tlsv1.1", "--tls-max", "1.1",
                "--ciphers", "DEFAULT@SECLEVEL=0", "https://localhost:" + server.port() + "/"), null);

        assertTrue(output.endsWith("[exit 35]"), "curl: (35) SSL connect error expected:\n" + output);
    }

    @Test
    void curlWithoutTheCaCertificateDoesNotTrustTheServer() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "https://localhost:" + server.port() + "/"), null);

        assertTrue(output.endsWith("[exit 60]"), "curl: (60) certificate problem expected:\n" + output);
    }

    @Test
    void curlPresentingAClientCertificateIsServed() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "--cacert", "ca.crt", "--cert", "client.crt", "--key", "client.key",
                "https://localhost:" + server.port() + "/mtls"), null);

        assertTrue(output.startsWith("https /mtls") && output.endsWith("[exit 0]"), output);
    }

    @Test
    void curlPresentingAnUntrustedClientCertificateIsRefused() {
        assumeTrue(TestPki.hasProgram("curl"), NO_CURL);

        String output = pki.run(List.of("curl", "-sS", "--cacert", "ca.crt", "--cert", "rogue.crt", "--key", "rogue.key",
                "https://localhost:" + server.port() + "/mtls"), null);

        assertFalse(output.contains("https /mtls"), output);
        assertFalse(output.endsWith("[exit 0]"), output);
    }
}
