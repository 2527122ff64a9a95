package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private Response slow(Request request) throws InterruptedException {
        if (request.path().equals("/slow")) {
            entered.countDown();
            release.await();
            return Response.text("finished");
        }
        return TestServers.echo(request);
    }

    @Test
    void letsARequestInFlightFinishAndRefusesNewConnections() throws Exception {
        HttpServer server = TestServers.start(this::slow);
        int port = server.port();
        try (RawClient inFlight = new RawClient(port)) {
            inFlight.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            Thread stopper = Thread.ofPlatform().start(() -> server.stop(Duration.ofSeconds(10)));
            boolean refused = false;
            for (int i = 0; i < 100 && !refused; i++) {
                try (RawClient late = new RawClient(port)) {
                    Thread.sleep(10);
                } catch (IOException e) {
                    refused = true;
                }
            }
            assertTrue(refused, "new connections are refused while stopping");
            release.countDown();
            RawClient.RawResponse response = inFlight.read();
            assertEquals("finished", response.text());
            assertEquals("close", response.header("Connection"));
            stopper.join(5000);
            assertTrue(!stopper.isAlive(), "stop returned once the request finished");
        }
    }

    @Test
    void closesIdleConnectionsAtOnce() throws IOException {
        HttpServer server = TestServers.start(TestServers::echo);
        try (RawClient idle = new RawClient(server.port())) {
            assertEquals("pong", idle.send("GET /ping HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
            long start = System.nanoTime();
            server.stop(Duration.ofSeconds(10));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2000, "stop took " + millis + " ms");
            assertTrue(idle.isClosedByServer());
        }
    }

    @Test
    void closesRequestsThatOutlastTheGracePeriod() throws Exception {
        HttpServer server = TestServers.start(this::slow);
        try (RawClient stuck = new RawClient(server.port())) {
            stuck.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            server.stop(Duration.ofMillis(200));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "stop took " + millis + " ms");
            assertThrows(IOException.class, stuck::read);
        } finally {
            release.countDown();
        }
    }

    @Test
    void ignoresASecondStop() {
        HttpServer server = TestServers.start(TestServers::echo);
        server.stop(Duration.ZERO);
        server.stop(Duration.ZERO);
    }
}
