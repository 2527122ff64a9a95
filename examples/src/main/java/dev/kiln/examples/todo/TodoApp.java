package dev.kiln.examples.todo;

import dev.kiln.examples.config.ConsoleLogging;
import dev.kiln.examples.config.Option;
import dev.kiln.examples.config.Options;
import dev.kiln.examples.config.Settings;
import dev.kiln.examples.config.UsageException;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.HttpServer;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Router;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The todo JSON API: {@code KILN_EXAMPLE=todo scripts/run-example}, then e.g.
 * {@code curl -d '{"title":"try Kiln"}' -H 'Content-Type: application/json' localhost:8081/todos}.
 */
public final class TodoApp {

    private static final Options OPTIONS = new Options("KILN_EXAMPLE=todo scripts/run-example", List.of(
            new Option("host", "KILN_HOST", "0.0.0.0", "address to listen on"),
            new Option("port", "KILN_TODO_PORT", "8081", "HTTP port (0: any free port)")));

    private TodoApp() {
    }

    /**
     * Builds the router: the scanned {@link TodoRoutes} with their Dagger instances, and
     * {@link InvalidTodoException} mapped to a 400 problem.
     *
     * @return the handler
     */
    public static Handler router() {
        TodoComponent app = DaggerTodoComponent.create();
        JsonMapper json = app.json();
        return Router.builder()
                .scan("dev.kiln.examples.todo")
                .instances(app.handlers())
                .objectMapper(json)
                .exception(InvalidTodoException.class, (e, request) -> problem(json, e))
                .build();
    }

    private static Response problem(JsonMapper json, InvalidTodoException e) {
        Problem problem = new Problem("about:blank", Status.BAD_REQUEST_400.reason(), 400, e.getMessage(), e.field());
        return Response.builder(Status.BAD_REQUEST_400)
                .contentType(Problem.MEDIA_TYPE)
                .body(json.writeValueAsBytes(problem))
                .build();
    }

    /**
     * Starts the API on the port given by {@code --port} or {@code KILN_TODO_PORT} (8081).
     *
     * @param args the command-line options; {@code --help} lists them
     */
    public static void main(String[] args) {
        ConsoleLogging.useOneLineFormat();
        Settings settings;
        int port;
        try {
            settings = OPTIONS.parse(args, System.getenv());
            if (settings.helpRequested()) {
                System.out.print(OPTIONS.help());
                return;
            }
            port = settings.port("port");
        } catch (UsageException e) {
            System.err.println("kiln todo: " + e.getMessage() + "\nRun with --help to see the options.");
            System.exit(2);
            return;
        }
        HttpServer server = HttpServer.builder()
                .listen(settings.text("host"), port)
                .handler(router())
                .stopOnShutdown(Duration.ofSeconds(5))
                .build()
                .start();
        System.getLogger(TodoApp.class.getName())
                .log(Level.INFO, "todo API on http://localhost:" + server.port() + "/todos");
    }
}
