package dev.kiln.benchmarks.suite;

import java.util.List;

/** The servers of the suite by name, as {@code run.sh} and the tests name them. */
public final class SuiteServers {

    /** Every server's name, Kiln first. */
    public static final List<String> NAMES = List.of("kiln", "kiln-router", "netty", "helidon", "undertow", "jetty", "jdk", "javalin");

    private SuiteServers() {
    }

    /**
     * Returns a new, not yet started server.
     *
     * @param name one of {@link #NAMES}
     * @return the server
     * @throws IllegalArgumentException for an unknown name
     */
    public static SuiteServer create(String name) {
        return switch (name) {
            case "kiln" -> new KilnServer();
            case "kiln-router" -> new KilnRouterServer();
            case "netty" -> new NettyServer();
            case "helidon" -> new HelidonServer();
            case "undertow" -> new UndertowServer();
            case "jetty" -> new JettyServer();
            case "jdk" -> new JdkServer();
            case "javalin" -> new JavalinServer();
            default -> throw new IllegalArgumentException("unknown server '" + name + "'; one of " + NAMES);
        };
    }
}
