package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {

    private static final String CSS = "body { color: #333; }\n".repeat(100);
    private static final String SECRET = "TOP SECRET";
    private static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");
    private static Client client;

    @BeforeAll
    static void start(@TempDir Path base) throws IOException {
        Path root = Files.createDirectories(base.resolve("site"));
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(base.resolve("secret.txt"), SECRET);
        Files.writeString(root.resolve("index.html"), "<h1>home</h1>");
        Files.writeString(root.resolve("site.css"), CSS);
        Files.writeString(root.resolve("app.js"), "console.log(1);");
        Files.writeString(root.resolve("data.json"), "{}");
        Files.write(root.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(root.resolve("digits.txt"), "0123456789");
        Files.writeString(root.resolve("a b.txt"), "spaced");
        Files.writeString(root.resolve(".env"), SECRET);
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/index.html"), "<h1>docs</h1>");
        Files.createDirectories(root.resolve("empty"));
        Files.createSymbolicLink(root.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("linkdir"), outside);
        Files.createSymbolicLink(root.resolve("alias.css"), root.resolve("site.css"));
        for (String name : new String[] {"digits.txt", "site.css"}) {
            Files.setLastModifiedTime(root.resolve(name), FileTime.from(MODIFIED));
        }
        Router router = Router.builder()
                .get("/api/ping", request -> Response.text("pong"))
                .staticFiles("/", root)
                .staticFiles("/assets", root, "public, max-age=60")
                .build();
        client = Client.start(router);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void servesContentTypesFromTheExtension() {
        assertEquals("text/css; charset=utf-8", client.get("/site.css").header("Content-Type"));
        assertEquals("text/javascript; charset=utf-8", client.get("/app.js").header("Content-Type"));
        assertEquals("application/json", client.get("/data.json").header("Content-Type"));
        assertEquals("image/png", client.get("/logo.png").header("Content-Type"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, client.get("/logo.png").body());
        assertEquals("spaced", client.get("/a%20b.txt").text());
    }

    @Test
    void routesWinOverFiles() {
        assertEquals("pong", client.get("/api/ping").text());
    }

    @Test
    void servesIndexHtmlForDirectoriesAndRedirectsToTheSlashedPath() {
        assertEquals("<h1>home</h1>", client.get("/").text());
        assertEquals("text/html; charset=utf-8", client.get("/").header("Content-Type"));
        assertEquals("<h1>docs</h1>", client.get("/docs/").text());
        Reply redirect = client.raw("GET", "/docs?x=1");
        assertEquals(308, redirect.status());
        assertEquals("/docs/?x=1", redirect.header("Location"));
        assertEquals(404, client.get("/empty/").status());
    }

    @Test
    void sendsValidatorsAndCacheControl() {
        Reply reply = client.get("/site.css");
        assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", reply.header("Last-Modified"));
        assertTrue(reply.header("ETag").matches("\"[0-9a-f]+-[0-9a-f]+\""), reply.header("ETag"));
        assertEquals("no-cache", reply.header("Cache-Control"));
        assertEquals("bytes", reply.header("Accept-Ranges"));
        assertEquals("public, max-age=60", client.get("/assets/site.css").header("Cache-Control"));
    }

    @Test
    void answers304ForAMatchingIfNoneMatch() {
        String etag = client.get("/site.css").header("ETag");
        Reply reply = client.get("/site.css", "If-None-Match", "\"other\", " + etag);
        assertEquals(304, reply.status());
        assertEquals(etag, reply.header("ETag"));
        assertEquals(0, reply.body().length);
        assertEquals(304, client.get("/site.css", "If-None-Match", "W/" + etag).status(), "weak comparison");
        assertEquals(304, client.get("/site.css", "If-None-Match", "*").status());
        assertEquals(200, client.get("/site.css", "If-None-Match", "\"stale\"").status());
    }

    @Test
    void answers304ForIfModifiedSinceUnlessIfNoneMatchSaysOtherwise() {
        assertEquals(304, client.get("/site.css", "If-Modified-Since", "Fri, 02 Jan 2026 03:04:05 GMT").status());
        assertEquals(304, client.get("/site.css", "If-Modified-Since", "Sat, 03 Jan 2026 00:00:00 GMT").status());
        assertEquals(200, client.get("/site.css", "If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT").status());
        assertEquals(200, client.get("/site.css", "If-Modified-Since", "not a date").status());
        assertEquals(200, client.get("/site.css", "If-None-Match", "\"stale\"", "If-Modified-Since", "Sat, 03 Jan 2026 00:00:00 GMT").status(),
                "If-None-Match takes precedence (RFC 9110 §13.2.2)");
    }

    @Test
    void answersASingleRangeWith206() {
        Reply first = client.get("/digits.txt", "Range", "bytes=0-3");
        assertEquals(206, first.status());
        assertEquals("bytes 0-3/10", first.header("Content-Range"));
        assertEquals("0123", first.text());
        assertEquals("789", client.get("/digits.txt", "Range", "bytes=-3").text());
        assertEquals("56789", client.get("/digits.txt", "Range", "bytes=5-").text());
        assertEquals("bytes 8-9/10", client.get("/digits.txt", "Range", "bytes=8-100").header("Content-Range"));
    }

    @Test
    void answersAnUnsatisfiableRangeWith416() {
        Reply reply = client.get("/digits.txt", "Range", "bytes=10-20");
        assertEquals(416, reply.status());
        assertEquals("bytes */10", reply.header("Content-Range"));
        assertEquals(416, client.get("/digits.txt", "Range", "bytes=-0").status());
    }

    @Test
    void sendsTheWholeFileForSeveralRangesOrAMalformedRange() {
        assertEquals(200, client.get("/digits.txt", "Range", "bytes=0-1,4-5").status());
        assertEquals("0123456789", client.get("/digits.txt", "Range", "bytes=0-1,4-5").text());
        assertEquals(200, client.get("/digits.txt", "Range", "bytes=5-2").status());
        assertEquals(200, client.get("/digits.txt", "Range", "lines=1-2").status());
        assertEquals(200, client.get("/digits.txt", "Range", "bytes=x-y").status());
    }

    @Test
    void honoursIfRange() {
        String etag = client.get("/digits.txt").header("ETag");
        assertEquals(206, client.get("/digits.txt", "Range", "bytes=0-1", "If-Range", etag).status());
        assertEquals(200, client.get("/digits.txt", "Range", "bytes=0-1", "If-Range", "\"old\"").status());
        assertEquals(206, client.get("/digits.txt", "Range", "bytes=0-1", "If-Range", "Fri, 02 Jan 2026 03:04:05 GMT").status());
        assertEquals(200, client.get("/digits.txt", "Range", "bytes=0-1", "If-Range", "Thu, 01 Jan 2026 00:00:00 GMT").status());
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() {
        Reply reply = client.raw("HEAD", "/site.css");
        assertEquals(200, reply.status());
        assertEquals(String.valueOf(CSS.length()), reply.header("Content-Length"));
        assertNotNull(reply.header("ETag"));
        assertEquals(0, reply.body().length);
    }

    @Test
    void gzipsTextFilesThroughTheCore() {
        Reply reply = client.raw("GET", "/site.css", "Accept-Encoding", "gzip");
        assertEquals(200, reply.status());
        assertEquals("gzip", reply.header("Content-Encoding"));
    }

    @Test
    void followsSymbolicLinksThatStayInsideTheRoot() {
        assertEquals(CSS, client.get("/alias.css").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/../outside/secret.txt",
        "/..%2foutside%2fsecret.txt",
        "/..%2Foutside%2Fsecret.txt",
        "/%2e%2e/outside/secret.txt",
        "/%2E%2E/outside/secret.txt",
        "/%2e%2e%2foutside%2fsecret.txt",
        "/.%2e/outside/secret.txt",
        "/%2e./outside/secret.txt",
        "/..%5coutside%5csecret.txt",
        "/..%5Csecret.txt",
        "/..\\outside\\secret.txt",
        "/%5c..%5coutside%5csecret.txt",
        "/docs/../../outside/secret.txt",
        "/docs/%2e%2e/%2e%2e/outside/secret.txt",
        "/docs/..%2f..%2foutside%2fsecret.txt",
        "/docs%2f..%2f..%2foutside%2fsecret.txt",
        "/assets/../../secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/%252e%252e/%252e%252e/secret.txt",
        "/..%252f..%252fsecret.txt",
        "/%c0%ae%c0%ae/outside/secret.txt",
        "/%e0%80%ae%e0%80%ae/outside/secret.txt",
        "/..;/outside/secret.txt",
        "/....//outside/secret.txt",
        "/escape.txt",
        "/linkdir/secret.txt",
        "/assets/linkdir/secret.txt",
        "/%2fetc%2fpasswd",
        "/%2Fetc/passwd",
        "//etc/passwd",
        "/%00",
        "/site.css%00.txt",
        "/..%00/secret.txt",
        "/C:%5cWindows%5cwin.ini",
        "/C:/Windows/win.ini",
        "/.env",
        "/%2eenv",
        "/docs/..",
        "/docs/%2e%2e",
        "http://127.0.0.1/../secret.txt",
    })
    void neverServesAFileOutsideTheRoot(String target) {
        Reply reply = client.raw("GET", target);
        assertTrue(reply.status() == 404 || reply.status() == 400, target + " -> " + reply.status());
        assertFalse(new String(reply.body(), StandardCharsets.ISO_8859_1).contains(SECRET), target + " leaked the secret");
    }
}
