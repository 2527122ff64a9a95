package dev.kiln.http.tls.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A handshake holds a gate permit from its first bytes until it has to wait for the client or is over. */
class GatedSocketTest {

    private final List<Socket> sockets = new ArrayList<>();
    private final HandshakeGate gate = new HandshakeGate(1);

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    /** A connected pair over loopback: [0] the client's end, [1] the accepted end. */
    private Socket[] pair() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            Socket accepted = listener.accept();
            sockets.add(client);
            sockets.add(accepted);
            return new Socket[] {client, accepted};
        }
    }

    private static CompletableFuture<Integer> readLater(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return in.read(new byte[16], 0, 16);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void holdsNoPermitWhileWaitingForTheClient() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);

        CompletableFuture<Integer> read = readLater(gated.getInputStream());
        Thread.sleep(100);

        assertFalse(read.isDone());
        assertEquals(1, gate.free(), "a handshake waiting for bytes holds no permit");
        pair[0].getOutputStream().write("hello".getBytes());
        assertEquals(5, read.get(5, TimeUnit.SECONDS));
        assertEquals(0, gate.free(), "it holds one while it computes on what it read");
    }

    @Test
    void keepsThePermitWhileTheClientsBytesAreAlreadyThere() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);
        pair[0].getOutputStream().write(new byte[] {22, 3, 1, 0, 2, 1, 1});

        assertEquals(5, gated.getInputStream().read(new byte[5], 0, 5));
        waitUntilAvailable(gated.getInputStream(), 2);
        assertEquals(2, gated.getInputStream().read(new byte[2], 0, 2));

        assertEquals(0, gate.free(), "header and body of a record are one step of work");
    }

    @Test
    void givesThePermitBackWhenItHasToWaitForTheClientAndIsNotGatedAfter() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);
        pair[0].getOutputStream().write(1);
        assertEquals(1, gated.getInputStream().read(new byte[1], 0, 1));

        CompletableFuture<Integer> next = readLater(gated.getInputStream());
        Thread.sleep(100);

        assertEquals(1, gate.free());
        gate.enter(); // every permit taken: a gated read would wait
        pair[0].getOutputStream().write(2);
        assertEquals(1, next.get(5, TimeUnit.SECONDS));
        gate.leave();
    }

    private static void waitUntilAvailable(InputStream in, int bytes) throws IOException, InterruptedException {
        for (int i = 0; i < 500 && in.available() < bytes; i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aSecondHandshakeComputesOnlyOnceTheFirstIsDone() throws Exception {
        Socket[] first = pair();
        Socket[] second = pair();
        GatedSocket firstGated = new GatedSocket(first[1], gate);
        GatedSocket secondGated = new GatedSocket(second[1], gate);
        first[0].getOutputStream().write(1);
        assertEquals(1, firstGated.getInputStream().read(new byte[1], 0, 1));

        second[0].getOutputStream().write(1);
        CompletableFuture<Integer> secondRead = readLater(secondGated.getInputStream());
        Thread.sleep(100);

        assertFalse(secondRead.isDone(), "its bytes arrived, but the first handshake holds the permit");
        firstGated.handshakeDone();
        assertEquals(1, secondRead.get(5, TimeUnit.SECONDS));
        assertEquals(0, gate.free());
        secondGated.handshakeDone();
        assertEquals(1, gate.free());
    }

    @Test
    void readsWithoutTheGateAfterTheHandshake() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);
        gated.handshakeDone();
        gate.enter(); // every permit taken: a gated read would wait

        pair[0].getOutputStream().write("GET".getBytes());

        assertEquals(3, gated.getInputStream().read(new byte[8], 0, 8));
        gate.leave();
    }

    @Test
    void holdsNoPermitAfterAFailedRead() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);
        pair[1].close();

        assertThrows(SocketException.class, () -> gated.getInputStream().read(new byte[1], 0, 1));
        gated.handshakeDone();

        assertEquals(1, gate.free());
    }

    @Test
    void isTheAcceptedSocketInEverythingButItsInput() throws Exception {
        Socket[] pair = pair();
        GatedSocket gated = new GatedSocket(pair[1], gate);

        gated.setSoTimeout(1234);

        assertEquals(1234, pair[1].getSoTimeout());
        assertEquals(pair[1].getRemoteSocketAddress(), gated.getRemoteSocketAddress());
        assertEquals(pair[1].getLocalPort(), gated.getLocalPort());
        assertTrue(gated.isConnected());
        assertSame(pair[1].getChannel(), gated.getChannel());
        gated.close();
        assertTrue(pair[1].isClosed());
    }

    @Test
    void refusesAGateWithoutPermits() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new HandshakeGate(0));
        assertEquals("permits must be at least 1: 0", refused.getMessage());
    }
}
