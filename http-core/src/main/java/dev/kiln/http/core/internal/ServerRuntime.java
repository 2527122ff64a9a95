package dev.kiln.http.core.internal;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.ListenerConfig;
import dev.kiln.http.core.ServerLimits;
import dev.kiln.http.core.spi.Transport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running server: its listeners, its open connections (at most {@code maxConnections}; more get
 * {@code 503} and are closed), and the graceful stop. {@code HttpServer} is its public face.
 */
public final class ServerRuntime {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");
    /** The output buffer of a connection, in bytes: a response that fits is one socket write. */
    private static final int OUTPUT_BUFFER_SIZE = 8192;
    private static final byte[] BUSY_BODY = "server is at its connection limit, try again later\n".getBytes(StandardCharsets.US_ASCII);

    private final List<Listener> listeners = new ArrayList<>();
    private final ServerLimits limits;
    private final Compression compression;
    private final AccessLog accessLog;
    private final Set<Http1Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ThreadFactory connectionThreads = Thread.ofVirtual().name("kiln-connection").factory();
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private final TimeoutSweeper timeoutSweeper = new TimeoutSweeper(connections);
    private final TurnTaking turnTaking = new TurnTaking(open);
    private final BufferPool outputBuffers = new BufferPool(OUTPUT_BUFFER_SIZE, 4 * Runtime.getRuntime().availableProcessors());
    private volatile boolean stopping;
    /** The selector plain connections wait in, once started; null where the JDK cannot ({@link SelectorLoop#isSupported()}). */
    private volatile SelectorLoop selectorLoop;

    /**
     * Prepares a server; nothing is bound yet.
     *
     * @param listeners the listeners, in order
     * @param defaultHandler the handler of listeners without their own
     * @param limits the limits and timeouts
     * @param compression when to gzip
     * @param accessLog whether to write the access log
     */
    public ServerRuntime(List<ListenerConfig> listeners, Handler defaultHandler, ServerLimits limits, Compression compression, boolean accessLog) {
        for (ListenerConfig config : listeners) {
            this.listeners.add(new Listener(config, config.handler() != null ? config.handler() : defaultHandler, this));
        }
        this.limits = limits;
        this.compression = compression;
        this.accessLog = new AccessLog(accessLog);
    }

    /**
     * Binds every listener, or none, then starts accepting.
     *
     * @throws UncheckedIOException when a listener cannot bind; the others are closed again
     */
    public void start() {
        List<Listener> bound = new ArrayList<>();
        try {
            for (Listener listener : listeners) {
                listener.bind();
                bound.add(listener);
            }
        } catch (IOException e) {
            bound.forEach(Listener::close);
            throw new UncheckedIOException(e.getMessage(), e);
        }
        // Virtual threads do not keep the JVM alive: this idle platform thread does, until stop().
        Thread.ofPlatform().name("kiln-server").daemon(false).start(() -> {
            try {
                stoppedLatch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (SelectorLoop.isSupported()) {
            selectorLoop = new SelectorLoop("kiln-selector");
        }
        timeoutSweeper.start();
        for (Listener listener : listeners) {
            listener.startAccepting();
            if (LOG.isLoggable(System.Logger.Level.INFO)) {
                LOG.log(System.Logger.Level.INFO, "listening on " + (listener.config().transport().isSecure() ? "https" : "http")
                        + "://" + listener.config().host() + ":" + listener.port());
            }
        }
    }

    /**
     * Returns a listener's bound port.
     *
     * @param index the listener's index
     * @return the port
     */
    public int port(int index) {
        return listeners.get(index).port();
    }

    /** Returns the number of open connections. @return the count */
    public int openConnections() {
        return open.get();
    }

    ServerLimits limits() {
        return limits;
    }

    Compression compression() {
        return compression;
    }

    AccessLog accessLog() {
        return accessLog;
    }

    BufferPool outputBuffers() {
        return outputBuffers;
    }

    /** Returns the selector plain connections wait in, or null when they wait in blocking reads. @return the loop */
    SelectorLoop selectorLoop() {
        return selectorLoop;
    }

    TurnTaking turnTaking() {
        return turnTaking;
    }

    boolean isStopping() {
        return stopping;
    }

    void accepted(Socket socket, Listener listener) {
        try {
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            Http1Connection.closeQuietly(socket);
            return;
        }
        if (stopping) {
            Http1Connection.closeQuietly(socket);
            return;
        }
        Transport transport = listener.config().transport();
        if (open.incrementAndGet() > limits.maxConnections()) {
            open.decrementAndGet();
            connectionThreads.newThread(() -> rejectBusy(socket, transport)).start();
            return;
        }
        Http1Connection connection = new Http1Connection(this, transport, listener.handler(), socket);
        connections.add(connection);
        try {
            connectionThreads.newThread(connection).start();
        } catch (RuntimeException | OutOfMemoryError e) {
            closed(connection);
            Http1Connection.closeQuietly(socket);
            throw e;
        }
    }

    void closed(Http1Connection connection) {
        if (connections.remove(connection)) {
            open.decrementAndGet();
        }
    }

    /** Answers 503 on a connection over the limit, then closes it. */
    private static void rejectBusy(Socket accepted, Transport transport) {
        try {
            Socket socket = transport.open(accepted);
            String head = "HTTP/1.1 503 Service Unavailable\r\n"
                    + new String(HttpDate.headerLine(), StandardCharsets.US_ASCII)
                    + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + BUSY_BODY.length
                    + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(BUSY_BODY);
            out.flush();
            Http1Connection.lingeringClose(socket);
        } catch (IOException e) {
            Http1Connection.closeQuietly(accepted);
        }
    }

    /**
     * Stops: closes the listeners, closes idle connections, waits up to {@code grace} for requests in
     * flight (their responses say {@code Connection: close}), then closes every connection.
     *
     * @param grace how long requests in flight may take
     */
    public void stop(Duration grace) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        stopping = true;
        listeners.forEach(Listener::close);
        connections.forEach(Http1Connection::closeIfIdle);
        long deadline = System.nanoTime() + grace.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            connections.forEach(Http1Connection::closeIfIdle);
            sleep(5);
        }
        connections.forEach(Http1Connection::forceClose);
        long closeDeadline = System.nanoTime() + 200_000_000L;
        while (!connections.isEmpty() && System.nanoTime() < closeDeadline) {
            sleep(5);
        }
        timeoutSweeper.stop();
        SelectorLoop loop = selectorLoop;
        if (loop != null) {
            loop.close();
        }
        stoppedLatch.countDown();
        LOG.log(System.Logger.Level.DEBUG, "stopped");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
