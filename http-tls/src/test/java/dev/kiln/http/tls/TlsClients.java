package dev.kiln.http.tls;

import java.io.IOException;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Opens TLS client connections to a test server on 127.0.0.1, with a short read timeout. */
final class TlsClients {

    private TlsClients() {
    }

    /** Connects and completes the handshake; {@code tune} may restrict protocols, suites or ALPN. */
    static SSLSocket connect(SSLContext context, int port, Consumer<SSLParameters> tune) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port);
        socket.setSoTimeout(5000);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tune.accept(parameters);
        socket.setSSLParameters(parameters);
        try {
            socket.startHandshake();
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /** Connects with the client's defaults. */
    static SSLSocket connect(SSLContext context, int port) throws IOException {
        return connect(context, port, p -> { });
    }
}
