package dev.kiln.http.tls;

import dev.kiln.http.core.spi.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A listener that drives a {@link Transport} the way http-core's server does (accept, then
 * {@code open} on the connection's own virtual thread, dropping only that connection when it throws),
 * and answers each request head with a tiny HTTP/1.1 response describing the TLS session:
 * {@code protocol cipher alpn client-principal read-timeout}. It tests the transport on its own.
 */
final class TransportTestServer implements AutoCloseable {

    static final int READ_TIMEOUT_BEFORE_OPEN = 12_345;

    private final Transport transport;
    private final ServerSocket listener;
    private final Thread acceptor;
    final AtomicInteger failedOpens = new AtomicInteger();

    TransportTestServer(Transport transport) throws IOException {
        this.transport = transport;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().daemon().name("test-acceptor").start(this::acceptLoop);
    }

    /** Waits up to 2 s for this many failed {@code open} calls and returns how many there were. */
    int awaitFailedOpens(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (failedOpens.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return failedOpens.get();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket accepted = listener.accept();
                Thread.ofVirtual().start(() -> serve(accepted));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket accepted) {
        Socket socket;
        try {
            accepted.setSoTimeout(READ_TIMEOUT_BEFORE_OPEN);
            socket = transport.open(accepted);
        } catch (IOException e) {
            failedOpens.incrementAndGet();
            return;
        }
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readHead(in)) {
                byte[] body = describe(socket).getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            if (matched == 4) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Socket socket) throws IOException {
        if (!(socket instanceof SSLSocket tls)) {
            return "plain";
        }
        SSLSession session = tls.getSession();
        String peer;
        try {
            Principal principal = session.getPeerPrincipal();
            peer = principal.getName();
        } catch (SSLPeerUnverifiedException e) {
            peer = "-";
        }
        return session.getProtocol() + " " + session.getCipherSuite() + " " + tls.getApplicationProtocol() + " "
                + peer + " " + socket.getSoTimeout();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one HTTP/1.1 response (head and Content-Length body) and returns its body. */
    static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        if (matched < 4) {
            throw new IOException("connection closed before a response: " + head);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int at = text.toLowerCase().indexOf("content-length: ");
        int length = Integer.parseInt(text.substring(at + 16, text.indexOf('\r', at)).trim());
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Sends a GET on an open socket and returns the response body. */
    static String get(Socket socket) throws IOException {
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return readResponse(socket.getInputStream());
    }
}
