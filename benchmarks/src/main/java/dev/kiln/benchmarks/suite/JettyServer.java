package dev.kiln.benchmarks.suite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Jetty 12 with its core API (no servlets): a plain non-blocking {@link Handler} for the routes,
 * followed by a {@code ResourceHandler} under {@code /static} for files; HTTPS on a second connector.
 */
public final class JettyServer implements SuiteServer {

    private static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);

    private Server server;

    @Override
    public Ports start(Settings settings) throws Exception {
        Path files = settings.files();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(settings.port());
        server.addConnector(connector);
        ServerConnector https = null;
        if (settings.tls() != null) {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setSslContext(settings.tls().sslContext());
            https = new ServerConnector(server, tls);
            https.setHost("127.0.0.1");
            https.setPort(settings.httpsPort());
            server.addConnector(https);
        }
        ResourceHandler resources = new ResourceHandler();
        resources.setBaseResource(ResourceFactory.of(server).newResource(files));
        resources.setDirAllowed(false);
        server.setHandler(new Handler.Sequence(new Routes(), new ContextHandler(resources, "/static")));
        server.start();
        return new Ports(connector.getLocalPort(), https == null ? -1 : https.getLocalPort());
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Jetty did not stop", e);
            }
        }
    }

    private static final class Routes extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getPath();
            if ("/ping".equals(path) && "GET".equals(request.getMethod())) {
                send(response, callback, 200, "text/plain", PONG);
                return true;
            }
            if ("/json".equals(path) && "POST".equals(request.getMethod())) {
                Content.Source.asByteArrayAsync(request, 1 << 20, new Promise.Invocable<byte[]>() {
                    @Override
                    public void succeeded(byte[] body) {
                        byte[] answer;
                        try {
                            answer = JsonScenario.answer(body);
                        } catch (RuntimeException e) {
                            send(response, callback, 400, "text/plain",
                                    "not an order".getBytes(StandardCharsets.US_ASCII));
                            return;
                        }
                        send(response, callback, 200, "application/json", answer);
                    }

                    @Override
                    public void failed(Throwable failure) {
                        callback.failed(failure);
                    }

                    @Override
                    public InvocationType getInvocationType() {
                        return InvocationType.NON_BLOCKING;
                    }
                });
                return true;
            }
            return false;
        }

        private static void send(Response response, Callback callback, int status, String type, byte[] body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
