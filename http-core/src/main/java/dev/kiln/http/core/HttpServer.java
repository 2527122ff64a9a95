package dev.kiln.http.core;

import dev.kiln.http.core.internal.ServerRuntime;
import dev.kiln.http.core.spi.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP/1.1 server: one or more listeners, one {@link Handler}, one virtual thread per connection.
 *
 * <pre>{@code
 * try (HttpServer server = HttpServer.builder()
 *         .listen("127.0.0.1", 0)
 *         .handler(request -> Response.text("pong"))
 *         .build()
 *         .start()) {
 *     System.out.println("listening on " + server.port());
 * }
 * }</pre>
 *
 * <p>{@link #start()} binds every listener or none. {@link #stop(Duration)} stops accepting, lets
 * requests in flight finish within the grace period, then closes what is left. A started server keeps
 * the JVM running until it is stopped (all its other threads are virtual). Thread-safe.
 */
public final class HttpServer implements AutoCloseable {

    private final ServerRuntime runtime;
    private final Duration shutdownHookGrace;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean started;
    private Thread shutdownHook;

    private HttpServer(Builder config) {
        this.runtime = new ServerRuntime(List.copyOf(config.listeners), config.handler, config.limits,
                config.compression, config.accessLog);
        this.shutdownHookGrace = config.shutdownHookGrace;
    }

    /**
     * Returns a builder with no listener, the default limits and gzip on.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds every listener and starts accepting connections.
     *
     * @return this server
     * @throws java.io.UncheckedIOException when a listener cannot bind (e.g. the port is taken);
     *     then no listener is left bound
     * @throws IllegalStateException when the server was started before
     */
    public HttpServer start() {
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("the server was started before");
            }
            runtime.start();
            started = true;
            if (shutdownHookGrace != null) {
                shutdownHook = Thread.ofPlatform().name("kiln-shutdown").unstarted(() -> runtime.stop(shutdownHookGrace));
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            return this;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the bound port of the first listener.
     *
     * @return the port
     * @throws IllegalStateException when the server is not started
     */
    public int port() {
        return port(0);
    }

    /**
     * Returns the bound port of a listener, in the order the builder was given them.
     *
     * @param listener the listener's index
     * @return the port
     * @throws IllegalStateException when the server is not started
     */
    public int port(int listener) {
        lock.lock();
        try {
            if (!started) {
                throw new IllegalStateException("the server is not started");
            }
        } finally {
            lock.unlock();
        }
        return runtime.port(listener);
    }

    /**
     * Stops the server: listeners close at once (new connections are refused), idle connections
     * close, requests in flight may finish within {@code grace}; then every connection is closed.
     * Returns when all connections are closed. Calling it again does nothing.
     *
     * @param grace how long requests in flight may take to finish
     */
    public void stop(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        Thread hook;
        lock.lock();
        try {
            if (!started) {
                return;
            }
            hook = shutdownHook;
            shutdownHook = null;
        } finally {
            lock.unlock();
        }
        runtime.stop(grace);
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs and finds the server stopped
            }
        }
    }

    /** Stops the server with a grace period of 5 seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    /** Configures an {@link HttpServer}. Not thread-safe. */
    public static final class Builder {
        private final List<ListenerConfig> listeners = new ArrayList<>();
        private Handler handler;
        private ServerLimits limits = ServerLimits.defaults();
        private Compression compression = Compression.defaults();
        private boolean accessLog = true;
        private Duration shutdownHookGrace;

        private Builder() {
        }

        /**
         * Adds a plain-HTTP listener on every interface.
         *
         * @param port the port, 0 for any free one
         * @return this builder
         */
        public Builder listen(int port) {
            return listen("0.0.0.0", port);
        }

        /**
         * Adds a plain-HTTP listener.
         *
         * @param host the address to bind
         * @param port the port, 0 for any free one
         * @return this builder
         */
        public Builder listen(String host, int port) {
            return listener(ListenerConfig.plain(host, port));
        }

        /**
         * Adds a listener whose connections are opened by a transport (e.g. TLS from
         * {@code http-tls}).
         *
         * @param host the address to bind
         * @param port the port, 0 for any free one
         * @param transport how accepted connections are opened
         * @return this builder
         */
        public Builder listen(String host, int port, Transport transport) {
            return listener(new ListenerConfig(host, port, transport, null));
        }

        /**
         * Adds a listener.
         *
         * @param listener the listener's address, transport and optional handler
         * @return this builder
         */
        public Builder listener(ListenerConfig listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Sets the handler for every listener that has none of its own.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder handler(Handler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Sets the limits and timeouts.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(ServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets when responses are gzipped.
         *
         * @param compression the settings; {@link Compression#disabled()} to never compress
         * @return this builder
         */
        public Builder compression(Compression compression) {
            this.compression = Objects.requireNonNull(compression, "compression");
            return this;
        }

        /**
         * Switches the access log (one line per request on logger {@code dev.kiln.http.access}, level
         * INFO) on or off; it is on by default.
         *
         * @param enabled whether to log each request
         * @return this builder
         */
        public Builder accessLog(boolean enabled) {
            this.accessLog = enabled;
            return this;
        }

        /**
         * Registers a JVM shutdown hook that stops the server with this grace period, so that
         * SIGINT/SIGTERM let requests in flight finish before exit.
         *
         * @param grace how long requests in flight may take to finish
         * @return this builder
         */
        public Builder stopOnShutdown(Duration grace) {
            this.shutdownHookGrace = Objects.requireNonNull(grace, "grace");
            return this;
        }

        /**
         * Builds the server, not yet started.
         *
         * @return the server
         * @throws IllegalStateException when there is no listener, or a listener has no handler
         */
        public HttpServer build() {
            if (listeners.isEmpty()) {
                throw new IllegalStateException("no listener: call listen(port) at least once");
            }
            if (handler == null && listeners.stream().anyMatch(l -> l.handler() == null)) {
                throw new IllegalStateException("no handler: call handler(...)");
            }
            return new HttpServer(this);
        }
    }
}
