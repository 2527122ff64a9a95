package dev.kiln.http.core.internal;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.ServerLimits;
import dev.kiln.http.core.Status;
import dev.kiln.http.core.spi.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One HTTP/1.1 connection, served on its own virtual thread: open the transport, then parse a
 * request, call the handler, write the response, and again while the connection stays open.
 *
 * <pre>
 *   > GET /ping HTTP/1.1          parse (header timeout runs from the first byte)
 *   > Host: example.com
 *   >
 *   < HTTP/1.1 200 OK             handler, then drain the unread body, then write
 *   < Content-Length: 4
 *   <
 *   < pong                        flushed when no pipelined request is buffered
 * </pre>
 *
 * This is the one place that catches {@link HttpProtocolException} and answers with its status.
 * Pipelined requests already buffered are served before the next read; after {@value #BATCH} of them
 * the responses are flushed. Then, and before reading the next request, the connection lets the
 * others run ({@link TurnTaking}), so one busy client cannot starve them.
 */
public final class Http1Connection implements Runnable {

    /** The longest a closing connection keeps reading what its peer still sends, in ms. */
    static final int LINGER_MILLIS = 2_000;
    /** How long a closing connection waits for more bytes from its peer before it closes, in ms. */
    static final int LINGER_QUIET_MILLIS = 500;

    /** The most pipelined requests served from the buffer before flushing and yielding. */
    static final int BATCH = 16;

    /**
     * The read buffer's first size, which every connection holds while open: a request head fits
     * (wrk's is 40 bytes, a browser's 400-1,500), a longer line grows it, and a body read of this
     * size or more bypasses it.
     */
    static final int READ_BUFFER_BYTES = 2048;

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.core");

    private static final int NEW = 0;
    private static final int IDLE = 1;
    private static final int ACTIVE = 2;
    private static final int CLOSED = 3;

    private final ServerRuntime runtime;
    private final Transport transport;
    private final Handler handler;
    private final ServerLimits limits;
    // the limits' timeouts as reads take them, converted once instead of on every request
    private final int headerTimeoutMillis;
    private final long headerTimeoutNanos;
    private final int idleTimeoutMillis;
    private final int bodyReadTimeoutMillis;
    private final Socket accepted;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private volatile Socket socket;
    /** The socket's channel when it waits in the server's selector, else null. */
    private volatile PolledChannel polled;

    private ConnectionInput in;
    private RequestParser parser;
    private ResponseWriter writer;
    private RequestBody.ContinueSender continueSender;
    private volatile WriteDeadlineOutputStream output;
    private volatile ConnectionInput sweptInput;
    private InetSocketAddress remote;
    private boolean unreadInput;

    Http1Connection(ServerRuntime runtime, Transport transport, Handler handler, Socket accepted) {
        this.runtime = runtime;
        this.transport = transport;
        this.handler = handler;
        this.limits = runtime.limits();
        this.headerTimeoutMillis = millis(limits.headerTimeout());
        this.headerTimeoutNanos = limits.headerTimeout().toNanos();
        this.idleTimeoutMillis = millis(limits.idleTimeout());
        this.bodyReadTimeoutMillis = millis(limits.bodyReadTimeout());
        this.accepted = accepted;
        this.socket = accepted;
    }

    @Override
    public void run() {
        try {
            Socket opened = transport.open(accepted);
            socket = opened;
            if (state.get() == CLOSED) {
                return;
            }
            remote = (InetSocketAddress) opened.getRemoteSocketAddress();
            PolledChannel polledChannel = null;
            if (opened == accepted) {
                // a plain socket: reads wait without a timer, the server's TimeoutSweeper ends late ones
                SelectorLoop loop = runtime.selectorLoop();
                if (loop != null && opened.getChannel() != null) {
                    polledChannel = new PolledChannel(opened.getChannel(), loop);
                    polled = polledChannel;
                    if (state.get() == CLOSED) {
                        return; // closed by the server meanwhile, before it could wake this thread
                    }
                }
                InputStream input = polledChannel != null ? polledChannel.inputStream() : opened.getInputStream();
                in = ConnectionInput.swept(opened, input, READ_BUFFER_BYTES);
                sweptInput = in;
            } else {
                // a layered socket (TLS): shutting the accepted socket's input down would break the
                // layer's state, so its reads are bounded by SO_TIMEOUT
                in = new ConnectionInput(opened, opened.getInputStream(), READ_BUFFER_BYTES);
            }
            parser = new RequestParser(limits);
            OutputStream out = polledChannel != null ? polledChannel.outputStream() : opened.getOutputStream();
            output = new WriteDeadlineOutputStream(out, limits.idleTimeout().toNanos());
            writer = new ResponseWriter(output, runtime.outputBuffers(), runtime.compression());
            if (opened == accepted && opened.getChannel() != null) {
                writer.fileSink(new SocketFileSender(opened.getChannel(), polledChannel, output));
            }
            continueSender = writer::sendContinue;
            serve();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection from {0} ended: {1}", accepted.getRemoteSocketAddress(), e.toString());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "connection failed unexpectedly", e);
        } finally {
            finish();
            runtime.closed(this);
        }
    }

    private void serve() throws IOException {
        int served = 0; // requests served since the connection last let the others run
        long turn = 0;
        boolean first = true;
        while (true) {
            // Until a head is parsed the connection counts as idle: stopping the server may close it.
            int current = state.get();
            if (current == CLOSED || !state.compareAndSet(current, IDLE) || runtime.isStopping()) {
                return;
            }
            if (in.buffered() == 0) {
                if (writer.hasPending()) {
                    writer.flush();
                }
                writer.idle();
                if (served > 0) {
                    // A read that will wait in the selector (the last one had to) lets the others run
                    // as it parks. A direct or blocking read yields first instead, so that it finds
                    // the request there and does not park.
                    PolledChannel p = polled;
                    if (p != null) {
                        p.switchToSelector(); // kept alive: from now on it may wait in the selector
                    }
                    turn = runtime.turnTaking().pause(turn, p == null || !p.waitsInSelector());
                    served = 0;
                }
                // A new connection must send its first request within the header timeout; a kept-alive
                // one may stay quiet for the idle timeout.
                in.timeouts(first ? headerTimeoutMillis : idleTimeoutMillis, 0);
                try {
                    if (!in.fill()) {
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    return;
                }
            } else if (served >= BATCH) {
                writer.flush();
                turn = runtime.turnTaking().pause(turn);
                served = 0;
            }
            first = false;
            if (!serveOne()) {
                return;
            }
            served++;
        }
    }

    /** Serves one request; returns whether the connection stays open. */
    private boolean serveOne() throws IOException {
        long start = System.nanoTime();
        in.timeouts(headerTimeoutMillis, start + headerTimeoutNanos);
        RequestHead head;
        try {
            head = parser.parse(in);
        } catch (HttpProtocolException e) {
            return reject(e.status(), e.getMessage(), start);
        } catch (SocketTimeoutException e) {
            return reject(Status.REQUEST_TIMEOUT_408, "request header section did not arrive within "
                    + limits.headerTimeout().toMillis() + " ms", start);
        }
        if (head == null || !state.compareAndSet(IDLE, ACTIVE)) {
            return false;
        }
        in.timeouts(bodyReadTimeoutMillis, 0);
        RequestBody body = head.contentLength == 0 ? null
                : new RequestBody(in, head, parser.headerParser(), limits.maxBodySize(), continueSender);
        Http1Request request = new Http1Request(head, body, remote, transport.isSecure());
        Response response = invoke(request);

        boolean keepAlive = head.keepAlive && !runtime.isStopping();
        if (body != null && !body.isFinished()) {
            boolean drained = !body.isBroken() && body.drain(limits.maxDrainSize());
            if (!drained) {
                keepAlive = false;
                unreadInput = true;
            }
        }
        boolean open;
        boolean headRequest = head.method == Method.HEAD;
        try {
            open = writer.send(response, headRequest, head.http10, keepAlive, head.headers);
        } catch (InvalidResponseException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot send the response to " + request, e);
            response = errorResponse(Status.INTERNAL_SERVER_ERROR_500, "Internal Server Error");
            open = writer.send(response, headRequest, head.http10, keepAlive, null);
        }
        AccessLog accessLog = runtime.accessLog();
        if (accessLog.isOn()) {
            if (in.buffered() == 0) {
                // nothing pipelined behind this request: the response goes out before the log line is written
                writer.flush();
            }
            accessLog.log(remote, head.method + " " + head.target + " " + head.version(),
                    response.status().code(), writer.bodyBytes(), start);
        }
        return open;
    }

    private Response invoke(Http1Request request) {
        try {
            Response response = handler.handle(request);
            if (response == null) {
                throw new IllegalStateException("the handler returned no response for " + request);
            }
            return response;
        } catch (Throwable failure) {
            HttpException http = httpExceptionIn(failure);
            if (http != null) {
                Response.Builder builder = Response.builder(http.status())
                        .contentType("text/plain; charset=utf-8")
                        .body(messageOf(http) + "\n");
                http.headers().forEach(builder::addHeader);
                return builder.build();
            }
            if (failure instanceof VirtualMachineError error && !(failure instanceof StackOverflowError)) {
                throw error;
            }
            LOG.log(System.Logger.Level.ERROR, "handler failed on " + request, failure);
            return errorResponse(Status.INTERNAL_SERVER_ERROR_500, "Internal Server Error");
        }
    }

    private static HttpException httpExceptionIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String messageOf(HttpException e) {
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.status().reason() : message;
    }

    /** Answers a request that could not be parsed; framing is lost, so the connection closes. */
    private boolean reject(Status status, String message, long start) throws IOException {
        unreadInput = true;
        Response response = errorResponse(status, message);
        writer.send(response, false, false, false, null);
        LOG.log(System.Logger.Level.DEBUG, "rejected a request from {0}: {1} {2}", remote, status, message);
        AccessLog accessLog = runtime.accessLog();
        if (accessLog.isOn()) {
            accessLog.log(remote, "-", status.code(), writer.bodyBytes(), start);
        }
        return false;
    }

    private static Response errorResponse(Status status, String message) {
        return Response.text(status, message + "\n");
    }

    private void finish() {
        Socket s = socket;
        try {
            if (writer != null && writer.hasPending()) {
                writer.flush();
            }
        } catch (IOException e) {
            // the peer is gone; nothing more to send
        }
        PolledChannel p = polled;
        if ((unreadInput || (in != null && in.buffered() > 0)) && state.get() != CLOSED) {
            lingeringClose(s, p != null && !p.isBlocking() ? p : null);
        } else {
            closeQuietly(s);
        }
        if (p != null) {
            p.closed();
        }
        if (writer != null) {
            writer.release();
        }
        state.set(CLOSED);
    }

    /**
     * Closes a connection whose peer may still be sending: first half-close, then read and discard
     * what the peer sends until it closes too, is quiet for {@value #LINGER_QUIET_MILLIS} ms, or
     * {@value #LINGER_MILLIS} ms have passed. Closing with unread bytes would make the kernel send a
     * TCP reset, and a client still writing its (e.g. over-limit) body would then lose the response
     * it has not read yet (RFC 9112 §9.6).
     *
     * @param s the socket
     */
    static void lingeringClose(Socket s) {
        lingeringClose(s, null);
    }

    /**
     * {@link #lingeringClose(Socket)}, reading through the socket's {@link PolledChannel} when it is
     * non-blocking (a timed read there), else through its stream (under {@code SO_TIMEOUT}).
     */
    private static void lingeringClose(Socket s, PolledChannel nonBlocking) {
        try {
            s.shutdownOutput();
            s.setSoTimeout(LINGER_QUIET_MILLIS);
            InputStream input = nonBlocking == null ? s.getInputStream() : null;
            byte[] discard = new byte[16 * 1024];
            long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
            long now;
            while ((now = System.nanoTime()) < deadline) {
                long quietUntil = Math.min(deadline, now + LINGER_QUIET_MILLIS * 1_000_000L);
                int n = nonBlocking != null ? nonBlocking.read(discard, 0, discard.length, quietUntil) : input.read(discard);
                if (n <= 0) {
                    break; // the peer closed, or stayed quiet
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: TLS sockets cannot half-close, and the peer may be gone
        } finally {
            closeQuietly(s);
        }
    }

    /** Returns whether a write has been blocked longer than the idle timeout (the peer stopped reading). */
    boolean isWriteStalled(long now) {
        WriteDeadlineOutputStream out = output;
        return out != null && out.isStalled(now);
    }

    /** Ends a read that waited past its timeout (plain connections; see {@link TimeoutSweeper}). */
    void expireLateRead(long now) {
        ConnectionInput input = sweptInput;
        if (input != null) {
            input.expireIfLate(now);
        }
    }

    /** Closes the connection now if it is waiting for a request; used when the server stops. */
    void closeIfIdle() {
        if (state.compareAndSet(IDLE, CLOSED) || state.compareAndSet(NEW, CLOSED)) {
            closeQuietly(socket);
            wakeIfPolled();
        }
    }

    /** Closes the connection whatever it is doing; used when the grace period is over. */
    void forceClose() {
        state.set(CLOSED);
        closeQuietly(socket);
        closeQuietly(accepted);
        wakeIfPolled();
    }

    /** Wakes the connection's thread if it waits in the server's selector, after its socket was closed. */
    private void wakeIfPolled() {
        PolledChannel p = polled;
        if (p != null) {
            p.wakeOwner();
        }
    }

    /** Closes a socket, ignoring a failure: it is being given up anyway. @param s the socket */
    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static int millis(java.time.Duration duration) {
        return (int) Math.min(Math.max(duration.toMillis(), 1), Integer.MAX_VALUE);
    }
}
