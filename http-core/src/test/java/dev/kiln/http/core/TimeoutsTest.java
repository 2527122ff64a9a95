package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeoutsTest {

    private final CountDownLatch writeFailed = new CountDownLatch(1);

    private static final long BIG_FILE_SIZE = 256L << 20;

    private volatile Path bigFile;

    private final HttpServer server = TestServers.start(request -> request.path().equals("/big-file")
            ? Response.builder(Status.OK_200).contentType("application/octet-stream").file(bigFile).build()
            : request.path().equals("/endless")
            ? Response.builder(Status.OK_200).stream((out, trailers) -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    writeFailed.countDown();
                    throw e;
                }
            }).build()
            : TestServers.echo(request), ServerLimits.defaults()
            .withHeaderTimeout(Duration.ofMillis(600))
            .withIdleTimeout(Duration.ofMillis(400))
            .withBodyReadTimeout(Duration.ofMillis(400)));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersASlowlorisThatTricklesHeadersWith408() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            long start = System.nanoTime();
            client.send("GET /ping HTTP/1.1\r\nHost: h\r\n");
            RawClient.RawResponse response = null;
            for (int i = 0; i < 30 && response == null; i++) {
                Thread.sleep(100);
                try {
                    client.send("X-" + i + ": a\r\n");
                } catch (IOException closed) {
                    response = client.read();
                }
                if (client.socket().getInputStream().available() > 0) {
                    response = client.read();
                }
            }
            assertEquals(408, response.status());
            assertEquals("close", response.header("Connection"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "answered after " + millis + " ms");
        }
    }

    @Test
    void answersAnIncompleteHeaderSectionWith408() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("GET /ping HTTP/1.1\r\nHost: h\r\n").read();
            assertEquals(408, response.status());
        }
    }

    @Test
    void closesAnIdleKeepAliveConnectionSilently() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("pong", client.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            long start = System.nanoTime();
            assertTrue(client.isClosedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 300 && millis < 2000, "closed after " + millis + " ms");
        }
    }

    @Test
    void closesANewConnectionThatSendsNothingSilently() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void closesAConnectionWhoseClientStopsReading() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /endless HTTP/1.1\r\nHost: h\r\n\r\n");
            assertTrue(writeFailed.await(10, TimeUnit.SECONDS), "the blocked write was ended");
        }
    }

    @Test
    void closesAConnectionWhoseClientStopsReadingAFile(@TempDir Path dir) throws Exception {
        bigFile = dir.resolve("big.bin");
        try (RandomAccessFile file = new RandomAccessFile(bigFile.toFile(), "rw")) {
            file.setLength(BIG_FILE_SIZE); // sparse: no disk needed
        }
        try (RawClient client = new RawClient(server.port())) {
            client.send("GET /big-file HTTP/1.1\r\nHost: h\r\n\r\n");
            Thread.sleep(1500); // not reading: the server's write stays blocked past the idle timeout
            long received = 0;
            InputStream in = client.socket().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received += n;
                }
            } catch (IOException reset) {
                // the server closed with unread data: also an end
            }
            assertTrue(received < BIG_FILE_SIZE, "received the whole file (" + received + " bytes) instead of a closed connection");
        }
    }

    @Test
    void answersAStalledBodyWith408() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.RawResponse response = client.send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc").read();
            assertEquals(408, response.status());
            assertEquals("close", response.header("Connection"));
        }
    }
}
