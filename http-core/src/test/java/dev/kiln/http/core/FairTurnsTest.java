package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Kept-alive connections whose next request is always there by the time they read keep a carrier
 * thread busy; a thread woken from outside the carriers (here by the JDK's timer) must still get its
 * turn. The server runs in a child JVM with one carrier thread, where nothing else would run it.
 */
class FairTurnsTest {

    private static final int BUSY_CONNECTIONS = 32;
    private static final byte[] PING = "GET /ping HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aHandlerWokenByATimerAnswersWhileBusyConnectionsKeepTheOnlyCarrierBusy() throws Exception {
        assertATimedHandlerAnswersUnder(FairTurnsTest::ping);
    }

    @Test
    void aHandlerWokenByATimerAnswersWhileBusyConnectionsAlwaysHavePipelinedRequestsBuffered() throws Exception {
        assertATimedHandlerAnswersUnder(FairTurnsTest::pipeline);
    }

    /** A busy client: sends pings on a connection of its own until the load is over. */
    private interface Load {
        void run(int port, AtomicBoolean loading, AtomicLong answered);
    }

    private static void assertATimedHandlerAnswersUnder(Load busyClient) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Djdk.virtualThreadScheduler.parallelism=1",
                "-cp", System.getProperty("java.class.path"), FairTurnsMain.class.getName())
                .redirectErrorStream(true)
                .start();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        List<Thread> load = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int port = portOf(out);
            for (int i = 0; i < BUSY_CONNECTIONS; i++) {
                load.add(Thread.ofPlatform().daemon().start(() -> busyClient.run(port, loading, answered)));
            }
            while (answered.get() < 2_000) {
                Thread.sleep(10);
            }
            try (RawClient client = new RawClient(port)) {
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    assertEquals("slept", client.send("GET /sleep HTTP/1.1\r\nHost: h\r\n\r\n").read().text());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertTrue(millis < 1_000, "a 5 ms sleep answered after " + millis + " ms");
                }
            }
        } finally {
            loading.set(false);
            for (Thread thread : load) {
                thread.join(10_000);
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int portOf(BufferedReader out) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("port ")) {
                return Integer.parseInt(line.substring(5));
            }
        }
        throw new AssertionError("the child server did not start");
    }

    /** Keeps 64 pings sent ahead of the answers read, so the server always has requests buffered. */
    private static void pipeline(int port, AtomicBoolean loading, AtomicLong answered) {
        try (RawClient client = new RawClient(port)) {
            Semaphore window = new Semaphore(64);
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (loading.get()) {
                        if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                            client.send(PING);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // the load is over
                }
            });
            while (loading.get()) {
                client.read();
                answered.incrementAndGet();
                window.release();
            }
            writer.join(10_000);
        } catch (IOException | InterruptedException e) {
            // the server went away: the load is over
        }
    }

    /** Sends the next ping as soon as the last one is answered, until the load is over. */
    private static void ping(int port, AtomicBoolean loading, AtomicLong answered) {
        try (RawClient client = new RawClient(port)) {
            while (loading.get()) {
                client.send(PING).read();
                answered.incrementAndGet();
            }
        } catch (IOException e) {
            // the server went away: the load is over
        }
    }
}
