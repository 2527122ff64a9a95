package dev.kiln.benchmarks.suite;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;

/** Javalin 7 (on Jetty 12) with its routes and its static-files configuration, defaults otherwise. */
public final class JavalinServer implements SuiteServer {

    private Javalin app;

    @Override
    public Ports start(Settings settings) {
        Path files = settings.files();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/ping", ctx -> ctx.contentType("text/plain").result("pong"));
            config.routes.post("/json", ctx -> {
                byte[] answer;
                try {
                    answer = JsonScenario.answer(ctx.bodyAsBytes());
                } catch (RuntimeException e) {
                    ctx.status(400).contentType("text/plain").result("not an order");
                    return;
                }
                ctx.contentType("application/json").result(answer);
            });
            config.staticFiles.add(statics -> {
                statics.hostedPath = "/static";
                statics.directory = files.toAbsolutePath().toString();
                statics.location = Location.EXTERNAL;
            });
        });
        return new Ports(app.start("127.0.0.1", settings.port()).port(), -1);
    }

    /** HTTPS needs Javalin's separate SSL plugin, which the suite does not set up. */
    @Override
    public boolean supportsHttps() {
        return false;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
