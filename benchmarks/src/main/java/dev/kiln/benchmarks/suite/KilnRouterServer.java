package dev.kiln.benchmarks.suite;

import dev.kiln.http.core.HttpServer;
import dev.kiln.benchmarks.suite.routes.SuiteRoutes;
import dev.kiln.http.router.Router;

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
        server = KilnServer.serve(settings, router);
        return KilnServer.ports(server, settings);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
