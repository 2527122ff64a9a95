package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.ListenerConfig;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.spi.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP and HTTPS listeners of one http-core server, seen through java.net.http.HttpClient. */
class HttpsServerTest {

    private static final Handler DESCRIBE = request -> Response.text(
            request.scheme() + " secure=" + request.isSecure() + " " + request.method() + " " + request.target()
                    + (request.contentLength() > 0 ? " body=" + request.text() : ""));

    private final TestPki pki = TestPki.get();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private TlsTransport tls() {
        return TlsTransport.create(TlsConfig.fromPem(pki.file("server.crt"), pki.file("server.key"))
                .withHandshakeTimeout(Duration.ofMillis(500)));
    }

    private HttpClient client(HttpClient.Redirect redirect) {
        return HttpClient.newBuilder().sslContext(pki.clientContext()).followRedirects(redirect)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHttpAndHttpsSideBySideWithTheRightScheme() throws Exception {
        server = HttpServer.builder().accessLog(false)
                .listen("127.0.0.1", 0)
                .listen("127.0.0.1", 0, tls())
                .handler(DESCRIBE)
                .build().start();
        HttpClient client = client(HttpClient.Redirect.NEVER);

        HttpResponse<String> plain = get(client, "http://localhost:" + server.port(0) + "/where");
        HttpResponse<String> secure = get(client, "https://localhost:" + server.port(1) + "/where?x=1");

        assertEquals("http secure=false GET /where", plain.body());
        assertEquals("https secure=true GET /where?x=1", secure.body());
        assertEquals(HttpClient.Version.HTTP_1_1, secure.version(), "ALPN settles on http/1.1 though the client offers h2");
        assertEquals("TLSv1.3", secure.sslSession().orElseThrow().getProtocol());
    }

    @Test
    void keepsAConnectionAliveForManyHttpsRequests() throws Exception {
        server = HttpServer.builder().accessLog(false).listen("127.0.0.1", 0, tls()).handler(DESCRIBE).build().start();

        try (SSLSocket socket = TlsClients.connect(pki.clientContext(), server.port())) {
            for (int i = 0; i < 50; i++) {
                assertEquals("https secure=true GET /", TransportTestServer.get(socket));
            }
        }
    }

    @Test
    void redirectsThePlainPortToHttpsWith308KeepingPathAndQuery() throws Exception {
        TlsTransport tls = tls();
        server = HttpServer.builder().accessLog(false)
                .listen("127.0.0.1", 0, tls)
                .handler(DESCRIBE)
                .build().start();
        int httpsPort = server.port();
        HttpServer redirector = HttpServer.builder().accessLog(false)
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, HttpsRedirect.toPort(httpsPort)))
                .build().start();
        try {
            HttpResponse<String> redirect = get(client(HttpClient.Redirect.NEVER),
                    "http://localhost:" + redirector.port() + "/a%20b/c?x=1&y=%2F");

            assertEquals(308, redirect.statusCode());
            assertEquals("https://localhost:" + httpsPort + "/a%20b/c?x=1&y=%2F", redirect.headers().firstValue("Location").orElseThrow());

            HttpResponse<String> followed = client(HttpClient.Redirect.NORMAL).send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + redirector.port() + "/form"))
                            .POST(HttpRequest.BodyPublishers.ofString("a=1")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("https secure=true POST /form body=a=1", followed.body(), "308 keeps the method and body");
        } finally {
            redirector.stop(Duration.ZERO);
        }
    }

    @Test
    void redirectsOnOneServerWithAPerListenerHandler() throws Exception {
        server = HttpServer.builder().accessLog(false)
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, HttpsRedirect.toPort(8443)))
                .listen("127.0.0.1", 0, tls())
                .handler(DESCRIBE)
                .build().start();

        HttpResponse<String> redirect = get(client(HttpClient.Redirect.NEVER), "http://localhost:" + server.port(0) + "/x");
        HttpResponse<String> secure = get(client(HttpClient.Redirect.NEVER), "https://localhost:" + server.port(1) + "/x");

        assertEquals("https://localhost:8443/x", redirect.headers().firstValue("Location").orElseThrow());
        assertEquals("https secure=true GET /x", secure.body());
    }

    @Test
    void redirectToPort443LeavesThePortOutAndDropsThePlainPort() throws Exception {
        server = HttpServer.builder().accessLog(false)
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, HttpsRedirect.toDefaultPort()))
                .build().start();

        String reply = rawPlain(server.port(), "GET /p?q HTTP/1.1\r\nHost: example.com:" + server.port() + "\r\nConnection: close\r\n\r\n");

        assertTrue(reply.startsWith("HTTP/1.1 308 "), reply);
        assertTrue(reply.contains("\r\nLocation: https://example.com/p?q\r\n"), reply);
    }

    @Test
    void redirectRefusesARequestWithoutHost() throws Exception {
        server = HttpServer.builder().accessLog(false)
                .listener(new ListenerConfig("127.0.0.1", 0, Transport.PLAIN, HttpsRedirect.toPort(8443)))
                .build().start();

        String reply = rawPlain(server.port(), "GET /p HTTP/1.0\r\n\r\n");

        assertTrue(reply.startsWith("HTTP/1.1 400 "), reply);
        assertTrue(reply.endsWith("cannot redirect to HTTPS: missing or malformed Host header\n"), reply);
    }

    @Test
    void addsStrictTransportSecurityOverHttpsOnly() throws Exception {
        server = HttpServer.builder().accessLog(false)
                .listen("127.0.0.1", 0)
                .listen("127.0.0.1", 0, tls())
                .handler(DESCRIBE.with(StrictTransportSecurity.maxAge(Duration.ofDays(365)).includeSubDomains()))
                .build().start();
        HttpClient client = client(HttpClient.Redirect.NEVER);

        HttpResponse<String> plain = get(client, "http://localhost:" + server.port(0) + "/");
        HttpResponse<String> secure = get(client, "https://localhost:" + server.port(1) + "/");

        assertNull(plain.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertEquals("max-age=31536000; includeSubDomains", secure.headers().firstValue("Strict-Transport-Security").orElseThrow());
    }

    @Test
    void aSilentClientIsDroppedAfterTheHandshakeTimeoutWhileOthersAreServed() throws Exception {
        server = HttpServer.builder().accessLog(false).listen("127.0.0.1", 0, tls()).handler(DESCRIBE).build().start();

        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            silent.setSoTimeout(5000);
            long start = System.nanoTime();
            HttpResponse<String> other = get(client(HttpClient.Redirect.NEVER), "https://localhost:" + server.port() + "/");

            assertEquals("https secure=true GET /", other.body());
            assertEquals(-1, readOrEnd(silent.getInputStream()));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < 2000, "dropped after " + elapsedMillis + " ms");
        }
    }

    @Test
    void plainHttpSentToTheHttpsPortDoesNotDisturbOtherConnections() throws Exception {
        server = HttpServer.builder().accessLog(false).listen("127.0.0.1", 0, tls()).handler(DESCRIBE).build().start();
        HttpClient client = client(HttpClient.Redirect.NEVER);

        try (SSLSocket open = TlsClients.connect(pki.clientContext(), server.port())) {
            for (int i = 0; i < 3; i++) {
                try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    plain.setSoTimeout(5000);
                    plain.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    byte[] reply = readAllOrReset(plain.getInputStream());
                    assertTrue(reply.length == 0 || reply[0] == 0x15, "no HTTP answer, at most a TLS alert");
                }
            }
            assertEquals("https secure=true GET /", TransportTestServer.get(open));
            assertEquals("https secure=true GET /", get(client, "https://localhost:" + server.port() + "/").body());
        }
    }

    private static String rawPlain(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1;
        }
    }

    private static byte[] readAllOrReset(InputStream in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // reset: what was read so far
        }
        return out.toByteArray();
    }
}
