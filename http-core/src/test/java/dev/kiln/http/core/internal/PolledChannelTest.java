package dev.kiln.http.core.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A socket read and written through a selector loop, with a real client on loopback. */
@Timeout(20)
class PolledChannelTest {

    private SelectorLoop loop;
    private SocketChannel client;
    private SocketChannel server;
    private PolledChannel polled;

    @BeforeEach
    void connect() throws IOException {
        loop = new SelectorLoop("test-selector");
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            client = SocketChannel.open(listener.getLocalAddress());
            server = listener.accept();
        }
        polled = new PolledChannel(server, loop);
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        server.close();
        loop.close();
    }

    @Test
    void aNewConnectionReadsInBlockingModeUntilItIsSwitchedToTheSelector() throws Exception {
        CompletableFuture.runAsync(() -> send("late", 100));

        assertEquals("late", readString(0), "a blocking read waits for the client");
        assertTrue(polled.isBlocking());
        assertFalse(polled.waitsInSelector());

        polled.switchToSelector();
        assertFalse(polled.isBlocking());
        assertFalse(server.isBlocking(), "the socket itself is non-blocking now");
        polled.switchToSelector(); // a second time does nothing
        CompletableFuture.runAsync(() -> send("later", 100));
        assertEquals("later", readString(0));
        assertTrue(polled.waitsInSelector());
    }

    @Test
    void aReadThatFindsItsInputReadsItDirectlyWithoutTheSelector() throws Exception {
        polled.switchToSelector();
        send("first", 0);
        pause(50);

        assertEquals("first", readString(0));
        assertFalse(polled.waitsInSelector(), "nothing had to wait: the socket is not even registered");
    }

    @Test
    void aReadWaitsInTheSelectorUntilTheClientSends() throws Exception {
        polled.switchToSelector();
        CompletableFuture.runAsync(() -> send("late", 200));

        assertEquals("late", readString(0));
        assertTrue(polled.waitsInSelector(), "a read that had to wait leaves the selector watching");
    }

    @Test
    void inputThatArrivesWhileTheConnectionIsBusyIsReadDirectlyFromThenOn() throws Exception {
        polled.switchToSelector();
        waitOnce();
        send("early", 0);
        awaitReady();

        assertEquals("early", readString(0));
        assertFalse(polled.waitsInSelector(), "the selector stops watching a client that keeps up");

        send("next", 0);
        assertEquals("next", readString(0), "a direct read");
        assertFalse(polled.waitsInSelector());
    }

    @Test
    void aDirectReadThatFindsNothingWaitsInTheSelectorAgain() throws Exception {
        polled.switchToSelector();
        waitOnce();
        send("early", 0);
        awaitReady();
        assertEquals("early", readString(0));

        CompletableFuture.runAsync(() -> send("late", 200));
        assertEquals("late", readString(0));
        assertTrue(polled.waitsInSelector());
    }

    @Test
    void aReadReturnsNothingOnceItsDeadlinePasses() throws Exception {
        polled.switchToSelector();
        long start = System.nanoTime();

        assertEquals(0, polled.read(new byte[16], 0, 16, start + TimeUnit.MILLISECONDS.toNanos(100)));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100), "waited until the deadline");

        send("after", 0);
        assertEquals("after", readString(0), "the socket still reads after a read that timed out");
    }

    @Test
    void aReadReturnsTheEndOfTheStreamWhenTheClientShutsItsOutput() throws Exception {
        polled.switchToSelector();
        later(client::shutdownOutput);

        assertEquals(-1, polled.read(new byte[16], 0, 16, 0));
    }

    @Test
    void closingTheSocketFromAnotherThreadEndsAWaitingRead() throws IOException {
        polled.switchToSelector();
        later(() -> {
            server.close();
            polled.wakeOwner();
        });

        assertThrows(SocketException.class, () -> polled.read(new byte[16], 0, 16, 0));
    }

    @Test
    void aWriteLargerThanTheSendBufferWaitsForTheClientToReadAndArrivesWhole() throws Exception {
        polled.switchToSelector();
        byte[] sent = new byte[8 * 1024 * 1024];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (i * 31);
        }
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            pause(200); // the send buffer fills first
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
            try {
                while (all.size() < sent.length && client.read(chunk.clear()) > 0) {
                    all.write(chunk.array(), 0, chunk.position());
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            return all.toByteArray();
        });

        polled.outputStream().write(sent);

        assertArrayEquals(sent, received.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theInputStreamReadsSingleBytesAndTheEndOfTheStream() throws Exception {
        polled.switchToSelector();
        send("ab", 0);
        client.shutdownOutput();
        InputStream in = polled.inputStream();

        assertEquals('a', in.read());
        assertEquals('b', in.read());
        assertEquals(-1, in.read());
    }

    /** Has one read wait in the selector, which leaves the selector watching the socket. */
    private void waitOnce() throws IOException {
        CompletableFuture.runAsync(() -> send("late", 100));
        assertEquals("late", readString(0));
    }

    /** Waits until the loop has seen the client's input while no read waits (it marks it ready). */
    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!polled.isInputReady() && System.nanoTime() < deadline) {
            pause(5);
        }
        assertTrue(polled.isInputReady(), "the loop marked the input ready");
    }

    private String readString(long deadlineNanos) throws IOException {
        byte[] b = new byte[64];
        int n = polled.read(b, 0, b.length, deadlineNanos);
        return new String(b, 0, n, US_ASCII);
    }

    private void send(String text, long afterMillis) {
        pause(afterMillis);
        try {
            client.write(ByteBuffer.wrap(text.getBytes(US_ASCII)));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** Runs an action on another thread 100 ms from now, while the test's thread waits in a read. */
    private static void later(IoAction action) {
        CompletableFuture.runAsync(() -> {
            pause(100);
            try {
                action.run();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
