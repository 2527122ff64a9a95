package dev.kiln.benchmarks.suite;

import java.nio.file.Path;

/**
 * Starts one suite server until the process is killed:
 * {@code java -cp ... dev.kiln.benchmarks.suite.ServeMain <server> <port> <files folder>}.
 * {@code --list} prints the server names; {@code --files-only <folder>} writes the static files.
 */
public final class ServeMain {

    private ServeMain() {
    }

    /**
     * Starts the named server.
     *
     * @param args server name, port (0 for any), folder for the static files; or {@code --list};
     *     or {@code --files-only} and the folder
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {
            System.out.println(String.join(" ", SuiteServers.NAMES));
            return;
        }
        if (args.length == 2 && args[0].equals("--files-only")) {
            StaticFiles.ensure(Path.of(args[1]));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: ServeMain <" + String.join("|", SuiteServers.NAMES) + "> <port> <files folder>");
            System.exit(2);
        }
        SuiteServer server = SuiteServers.create(args[0]);
        int port = server.start(Integer.parseInt(args[1]), StaticFiles.ensure(Path.of(args[2])));
        System.out.println(args[0] + " listening on http://127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the process is exiting anyway
            }
        }));
        Thread.currentThread().join();
    }
}
