package dev.kiln.examples.config;

/** Console logging for the example apps: one line per record. */
public final class ConsoleLogging {

    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    private ConsoleLogging() {
    }

    /**
     * Makes {@code java.util.logging}, where {@code System.Logger} writes by default, print one line
     * per record ({@code INFO dev.kiln.http.core: listening on ...}), unless a format is already set.
     * Call it first in {@code main}, before anything logs.
     *
     * <p>The line has no time of day, as Javalin's default console log has none: formatting one
     * ({@code %1$tT}) makes the first log line read the JDK's time-zone database twice, about 20 ms of
     * the example's start on one core. Set the property to have one, e.g.
     * {@code -Djava.util.logging.SimpleFormatter.format='%1$tT %4$s %3$s: %5$s%6$s%n'}.
     */
    public static void useOneLineFormat() {
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%4$s %3$s: %5$s%6$s%n");
        }
    }
}
