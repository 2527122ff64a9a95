package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.examples.testing.SelfSignedCertificate;
import dev.kiln.http.tls.TlsConfigException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS on its own port when {@code server.crt} and {@code server.key} exist; HTTP beside it. */
class SiteHttpsTest {

    @TempDir
    Path folder;

    @Test
    void servesHttpsBesideHttpWhenTheCertificateAndKeyExist() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(folder);
        SiteConfig config = SiteConfig.local(Path.of("pages"), folder.resolve("files"), 1024)
                .withTls(certificate.certificateFile(), certificate.keyFile());
        try (SiteServer site = SiteServer.start(config);
                HttpClient client = HttpClient.newBuilder().sslContext(certificate.trustingContext())
                        .connectTimeout(Duration.ofSeconds(5)).build()) {
            int httpsPort = site.httpsPort().orElseThrow();
            HttpResponse<String> ping = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + httpsPort + "/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            assertEquals("pong", ping.body());

            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + httpsPort + "/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"secret\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("; Secure"), "the session cookie is Secure over HTTPS: " + cookie);

            HttpResponse<String> plain = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + site.httpPort() + "/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("pong", plain.body(), "plain HTTP keeps working beside HTTPS");
        }
    }

    @Test
    void staysOnPlainHttpWhenTheFilesAreMissing() throws Exception {
        SiteConfig config = SiteConfig.local(Path.of("pages"), folder.resolve("files"), 1024)
                .withTls(folder.resolve("server.crt"), folder.resolve("server.key"));
        try (SiteServer site = SiteServer.start(config)) {
            assertTrue(site.httpsPort().isEmpty());
            assertTrue(site.httpPort() > 0);
        }
    }

    @Test
    void refusesToStartWithACertificateThatIsNotPemNamingTheFile() throws Exception {
        Path cert = Files.writeString(folder.resolve("server.crt"), "not a certificate");
        Path key = Files.writeString(folder.resolve("server.key"), "not a key");
        SiteConfig config = SiteConfig.local(Path.of("pages"), folder.resolve("files"), 1024).withTls(cert, key);
        TlsConfigException e = assertThrows(TlsConfigException.class, () -> SiteServer.start(config).close());
        assertTrue(e.getMessage().contains("server.crt") || e.getMessage().contains("server.key"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
