package dev.kiln.http.tls;

import dev.kiln.http.core.spi.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts {@link TransportTestServer}s for one test and closes them after it:
 * {@code @RegisterExtension final TransportServers servers = new TransportServers();}.
 */
final class TransportServers implements AfterEachCallback {

    private final List<TransportTestServer> started = new ArrayList<>();

    /** Starts a server on a free loopback port over {@code transport}. */
    TransportTestServer start(Transport transport) throws IOException {
        TransportTestServer server = new TransportTestServer(transport);
        started.add(server);
        return server;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (TransportTestServer server : started) {
            server.close();
        }
        started.clear();
    }
}
