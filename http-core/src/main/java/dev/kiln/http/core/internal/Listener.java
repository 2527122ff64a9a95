package dev.kiln.http.core.internal;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.ListenerConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;

/**
 * One bound server socket (a {@link ServerSocketChannel}'s) and its accept loop, on a virtual thread of its own (it shares the carriers
 * with the connections, which saves a thread hand-off per accepted connection). Each accepted socket
 * is handed to the {@link ServerRuntime}.
 */
final class Listener implements Runnable {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");
    private static final int BACKLOG = 1024;

    private final ListenerConfig config;
    private final Handler handler;
    private final ServerRuntime runtime;
    private ServerSocket serverSocket;
    private Thread thread;
    private volatile boolean closed;

    Listener(ListenerConfig config, Handler handler, ServerRuntime runtime) {
        this.config = config;
        this.handler = handler;
        this.runtime = runtime;
    }

    void bind() throws IOException {
        // Accepted through a channel (in blocking mode, used through its socket adaptor, so the
        // connections' stream code is the same): plain connections then have a SocketChannel, which
        // lets files go out with sendfile (see SocketFileSender).
        ServerSocket bound = ServerSocketChannel.open().socket();
        try {
            bound.setReuseAddress(true);
            bound.bind(new InetSocketAddress(config.host(), config.port()), BACKLOG);
        } catch (IOException e) {
            bound.close();
            throw new IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        serverSocket = bound;
    }

    void startAccepting() {
        thread = Thread.ofVirtual().name("kiln-accept-" + port()).start(this);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    ListenerConfig config() {
        return config;
    }

    Handler handler() {
        return handler;
    }

    @Override
    public void run() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // e.g. too many open files: back off a little instead of spinning
                LOG.log(System.Logger.Level.WARNING, "accept failed on port " + port() + ": " + e.getMessage());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    return;
                }
                continue;
            }
            try {
                runtime.accepted(socket, this);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "cannot serve an accepted connection", e);
                Http1Connection.closeQuietly(socket);
            }
        }
    }

    void close() {
        closed = true;
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
