package dev.kiln.examples.config;

/** Console logging for the example apps: one line per record, time first. */
public final class ConsoleLogging {

    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    private ConsoleLogging() {
    }

    /**
     * Makes {@code java.util.logging}, where {@code System.Logger} writes by default, print one line
     * per record ({@code 12:00:01 INFO dev.kiln.http.core: listening on ...}), unless a format is
     * already set. Call it first in {@code main}, before anything logs.
     */
    public static void useOneLineFormat() {
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%1$tT %4$s %3$s: %5$s%6$s%n");
        }
    }
}
