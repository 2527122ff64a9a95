package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.examples.testing.RawHttp;
import dev.kiln.examples.testing.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET/POST /files/{name}} over real sockets: storage, limits, ranges, traversal, failures. */
class FileRoutesTest {

    private static final int LIMIT = 8 * 1024 * 1024;
    @RegisterExtension
    static final TestSite site = TestSite.perClass(LIMIT);

    @AfterEach
    void emptyTheFolder() throws IOException {
        for (String name : site.storedNames()) {
            Files.deleteIfExists(site.files.resolve(name));
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static HttpResponse<String> upload(String name, byte[] body) throws Exception {
        return site.client.send(site.request("/files/" + name)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> download(String name, String... headers) throws Exception {
        HttpRequest.Builder request = site.request("/files/" + name);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return site.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Waits until the upload folder holds exactly these names (an aborted upload is cleaned up asynchronously). */
    private static void awaitStoredNames(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!site.storedNames().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, site.storedNames());
    }

    @Test
    void roundTripsAFiveMegabyteBinaryFileWithTheSameSha256() throws Exception {
        byte[] original = randomBytes(5 * 1024 * 1024, 1);
        HttpResponse<String> stored = upload("blob.bin", original);
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals("/files/blob.bin", stored.headers().firstValue("Location").orElseThrow());

        HttpResponse<byte[]> fetched = download("blob.bin");
        assertEquals(200, fetched.statusCode());
        assertEquals("application/octet-stream", fetched.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", fetched.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("attachment; filename=\"blob.bin\"", fetched.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(String.valueOf(original.length), fetched.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(sha256(original), sha256(fetched.body()));
        assertEquals(List.of("blob.bin"), site.storedNames(), "no temporary file is left");
    }

    @Test
    void storesAChunkedUploadOfUnknownLength() throws Exception {
        byte[] original = randomBytes(300_000, 2);
        HttpResponse<String> stored = site.client.send(site.request("/files/chunked.bin")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(original))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), stored.body());
        assertArrayEquals(original, download("chunked.bin").body());
    }

    @Test
    void replacesAFileUploadedAgainUnderTheSameName() throws Exception {
        upload("notes.txt", "first".getBytes(StandardCharsets.UTF_8));
        upload("notes.txt", "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", new String(download("notes.txt").body(), StandardCharsets.UTF_8));
    }

    @Test
    void answers404ForAFileNeverStored() throws Exception {
        HttpResponse<byte[]> response = download("missing.bin");
        assertEquals(404, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("missing.bin"));
    }

    @Test
    void servesARequestedByteRangeWith206() throws Exception {
        byte[] original = randomBytes(10_000, 3);
        upload("ranged.bin", original);
        HttpResponse<byte[]> part = download("ranged.bin", "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/10000", part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(original, 100, 200), part.body());

        HttpResponse<byte[]> tail = download("ranged.bin", "Range", "bytes=-10");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(original, 9990, 10000), tail.body());
        assertEquals("bytes", download("ranged.bin").headers().firstValue("Accept-Ranges").orElseThrow());
    }

    @Test
    void answers416ForARangePastTheEnd() throws Exception {
        upload("small.bin", new byte[10]);
        HttpResponse<byte[]> response = download("small.bin", "Range", "bytes=10-20");
        assertEquals(416, response.statusCode());
        assertEquals("bytes */10", response.headers().firstValue("Content-Range").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/files/..%2f..%2fetc%2fpasswd", "/files/%2e%2e%2fsecret.txt", "/files/%2e%2e", "/files/.hidden",
        "/files/..%5csecret.txt", "/files/a%00b", "/files/a%2fb", "/files/a/b", "/files/sub/../secret.txt",
        "/files/%252e%252e%252fsecret.txt", "/files/name%20with%20space", "/files/caf%C3%A9", "/files/%2fetc%2fpasswd",
        "/files/C:%5cWindows", "/files/a%0d%0aSet-Cookie:%20x=y"})
    void refusesNamesOutsideTheAllowedSetOrTraversalWith400(String target) throws Exception {
        Files.writeString(site.workDir.resolve("secret.txt"), "top secret");
        for (String method : List.of("GET", "POST")) {
            RawResponse response = RawHttp.exchange(site.port(), method + " " + target + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
            assertEquals(400, response.status(), method + " " + target + ": " + response.text());
            assertFalse(response.text().contains("top secret"));
        }
        assertEquals("top secret", Files.readString(site.workDir.resolve("secret.txt")), "nothing outside was written");
        assertEquals(List.of(), site.storedNames(), "nothing was stored");
    }

    @Test
    void refusesAnUploadDeclaredOverTheLimitWith413AndStoresNothing() throws Exception {
        try (RawHttp http = new RawHttp(site.port())) {
            http.send(("POST /files/huge.bin HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + (LIMIT + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawResponse response = http.read();
            assertEquals(413, response.status());
            assertTrue(response.text().contains(String.valueOf(LIMIT)), response.text());
        }
        assertEquals(List.of(), site.storedNames());
    }

    @Test
    void refusesAChunkedUploadThatGrowsOverTheLimitWith413AndStoresNothing() throws Exception {
        RawHttp http = new RawHttp(site.port());
        CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
            try {
                http.send("POST /files/growing.bin HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                for (int sent = 0; sent <= LIMIT + chunk.length; sent += chunk.length) {
                    http.send(head);
                    http.send(chunk);
                    http.send("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                http.send("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException expected) {
                // the server may close the connection once it has answered 413
            }
        });
        try (http) {
            assertEquals(413, http.read().status());
        }
        sender.join();
        awaitStoredNames(List.of());
    }

    @Test
    void concurrentUploadsOfTheSameNameLeaveOneWholeFile() throws Exception {
        int uploads = 6;
        int size = 512 * 1024;
        CountDownLatch ready = new CountDownLatch(uploads);
        List<CompletableFuture<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            byte[] body = new byte[size];
            java.util.Arrays.fill(body, (byte) ('a' + i));
            ready.countDown();
            results.add(site.client.sendAsync(site.request("/files/same.bin")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> result : results) {
            assertEquals(201, result.join().statusCode());
        }
        byte[] stored = download("same.bin").body();
        assertEquals(size, stored.length);
        byte first = stored[0];
        for (byte b : stored) {
            if (b != first) {
                throw new AssertionError("the file mixes two uploads: found " + (char) b + " after " + (char) first);
            }
        }
        assertEquals(List.of("same.bin"), site.storedNames());
    }

    @Test
    void anUploadAbortedMidBodyLeavesNothingBehind() throws Exception {
        try (RawHttp http = new RawHttp(site.port())) {
            http.send(("POST /files/aborted.bin HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            http.send(new byte[100_000]);
            Thread.sleep(100); // let the server start writing the temporary file
        }
        awaitStoredNames(List.of());
        assertEquals(404, download("aborted.bin").statusCode());
    }

    @Test
    void anAbortedChunkedUploadKeepsTheFileItWouldHaveReplaced() throws Exception {
        upload("kept.bin", "the original".getBytes(StandardCharsets.UTF_8));
        try (RawHttp http = new RawHttp(site.port())) {
            http.send(("POST /files/kept.bin HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "4000\r\n").getBytes(StandardCharsets.US_ASCII));
            http.send(new byte[5000]);
            Thread.sleep(100);
        }
        awaitStoredNames(List.of("kept.bin"));
        assertEquals("the original", new String(download("kept.bin").body(), StandardCharsets.UTF_8));
    }
}
