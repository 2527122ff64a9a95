package dev.kiln.benchmarks.suite;

import java.nio.file.Path;

/**
 * Starts one suite server until the process is killed:
 * {@code java -cp ... dev.kiln.benchmarks.suite.ServeMain <server> <port> <files folder> [<keystore.p12> <https port>]}.
 * {@code --list} prints the server names, {@code --list-https} those with HTTPS;
 * {@code --files-only <folder>} writes the static files; {@code --keystore <folder>} writes a
 * keystore for HTTPS ({@link SuiteTls#generate(Path)}) and prints its path.
 */
public final class ServeMain {

    private ServeMain() {
    }

    /**
     * Starts the named server.
     *
     * @param args server name, port (0 for any), folder for the static files, optionally a
     *     keystore and an HTTPS port; or one of the options above
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {
            System.out.println(String.join(" ", SuiteServers.NAMES));
            return;
        }
        if (args.length == 1 && args[0].equals("--list-https")) {
            System.out.println(String.join(" ", SuiteServers.NAMES.stream()
                    .filter(name -> SuiteServers.create(name).supportsHttps()).toList()));
            return;
        }
        if (args.length == 2 && args[0].equals("--files-only")) {
            StaticFiles.ensure(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--keystore")) {
            System.out.println(SuiteTls.generate(Path.of(args[1])).keystore());
            return;
        }
        if (args.length != 3 && args.length != 5) {
            System.err.println("usage: ServeMain <" + String.join("|", SuiteServers.NAMES)
                    + "> <port> <files folder> [<keystore.p12> <https port>]");
            System.exit(2);
        }
        SuiteServer server = SuiteServers.create(args[0]);
        SuiteTls tls = args.length == 5 && server.supportsHttps() ? new SuiteTls(Path.of(args[3]), SuiteTls.PASSWORD) : null;
        SuiteServer.Ports ports = server.start(new SuiteServer.Settings(Integer.parseInt(args[1]),
                StaticFiles.ensure(Path.of(args[2])), tls, tls == null ? 0 : Integer.parseInt(args[4])));
        System.out.println(args[0] + " listening on http://127.0.0.1:" + ports.http()
                + (ports.https() < 0 ? "" : " and https://127.0.0.1:" + ports.https()));
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
