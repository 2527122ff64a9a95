package dev.kiln.examples.config;

import java.io.OutputStream;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** Console logging for the example apps: one line per record. */
public final class ConsoleLogging {

    /** System properties that configure {@code java.util.logging}: when one is set, it is obeyed. */
    private static final String[] USER_SETTINGS = {
        "java.util.logging.config.file", "java.util.logging.config.class", "java.util.logging.SimpleFormatter.format"};

    private ConsoleLogging() {
    }

    /**
     * Makes {@code java.util.logging}, where {@code System.Logger} writes by default, print one line
     * per record to standard error ({@code INFO dev.kiln.http.core: listening on ...}) at level
     * {@code INFO} and above, unless {@code java.util.logging.config.file},
     * {@code java.util.logging.config.class} or {@code java.util.logging.SimpleFormatter.format} is
     * set: then the JDK's configuration stands. Call it first in {@code main}, before anything logs.
     *
     * <p>The line has no time of day, as Javalin's default console log has none. It replaces the
     * JDK's console handler rather than configuring it, because that handler's formatter reads the
     * time-zone database when it is made, and finds each record's calling method by walking the
     * stack: the example site started 55 ms sooner without them, on one core of a slow VM. For the
     * JDK's handler, with a time of day, set e.g.
     * {@code -Djava.util.logging.SimpleFormatter.format='%1$tT %4$s %3$s: %5$s%6$s%n'}.
     */
    public static void useOneLineFormat() {
        if (!configuredByUser(System.getProperties())) {
            LogManager.getLogManager().reset();
            Logger.getLogger("").addHandler(oneLineHandler(System.err));
        }
    }

    /**
     * Tells whether the user configured {@code java.util.logging} through a system property.
     *
     * @param systemProperties the system properties
     * @return true when one of the properties this class defers to is set
     */
    static boolean configuredByUser(Properties systemProperties) {
        for (String name : USER_SETTINGS) {
            if (systemProperties.getProperty(name) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes a handler that writes each record as one line and flushes it at once.
     *
     * @param out where the lines go; closing the handler flushes it and leaves it open
     * @return the handler, at level {@code INFO}
     */
    static Handler oneLineHandler(OutputStream out) {
        return new StreamHandler(out, new OneLineFormatter()) {
            @Override
            public void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
    }
}
