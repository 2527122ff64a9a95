package dev.kiln.benchmarks.suite;

import dev.kiln.http.core.HttpServer;
import dev.kiln.benchmarks.suite.routes.SuiteRoutes;
import dev.kiln.http.router.Router;
import dev.kiln.http.tls.TlsConfig;
import dev.kiln.http.tls.TlsTransport;

/**
 * Kiln as an application uses it: http-core serving an http-router {@link Router} built by scanning
 * {@link SuiteRoutes} (annotated methods, the JSON body bound to a record by the router's Jackson
 * binding) and its static-files mount for {@code /static}. Access log off, as for every server.
 */
public final class KilnRouterServer implements SuiteServer {

    private HttpServer server;

    @Override
    public Ports start(Settings settings) {
        Router router = Router.builder()
                .scan(SuiteRoutes.class.getPackageName())
                .instances(type -> new SuiteRoutes())
                .staticFiles("/static", settings.files())
                .build();
        HttpServer.Builder builder = HttpServer.builder()
                .listen("127.0.0.1", settings.port())
                .accessLog(false)
                .handler(router);
        if (settings.tls() != null) {
            builder.listen("127.0.0.1", settings.httpsPort(), TlsTransport.create(
                    TlsConfig.fromPkcs12(settings.tls().keystore(), settings.tls().password().toCharArray())));
        }
        server = builder.build().start();
        return new Ports(server.port(0), settings.tls() == null ? -1 : server.port(1));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
