package dev.kiln.examples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {

    @Test
    void writesLevelLoggerAndMessageOnOneLineAtOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Handler handler = ConsoleLogging.oneLineHandler(out);
        LogRecord record = new LogRecord(java.util.logging.Level.WARNING, "disk {0} is full");
        record.setLoggerName("dev.kiln.demo");
        record.setParameters(new Object[] {"/tmp"});

        handler.publish(record);

        assertEquals("WARNING dev.kiln.demo: disk /tmp is full" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheExceptionsStackTraceOnTheFollowingLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogRecord record = new LogRecord(java.util.logging.Level.SEVERE, "request failed");
        record.setLoggerName("dev.kiln.demo");
        record.setThrown(new IllegalStateException("no route"));

        ConsoleLogging.oneLineHandler(out).publish(record);

        String[] lines = out.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        assertEquals("SEVERE dev.kiln.demo: request failed", lines[0]);
        assertEquals("java.lang.IllegalStateException: no route", lines[1]);
        assertTrue(lines[2].strip().startsWith("at dev.kiln.examples.config.ConsoleLoggingTest."), lines[2]);
    }

    @Test
    void defersToTheJdkWhenTheUserConfiguredLogging() {
        assertFalse(ConsoleLogging.configuredByUser(new Properties()));
        for (String property : List.of("java.util.logging.config.file", "java.util.logging.config.class",
                "java.util.logging.SimpleFormatter.format")) {
            Properties set = new Properties();
            set.setProperty(property, "x");
            assertTrue(ConsoleLogging.configuredByUser(set), property);
        }
    }

    @Test
    void appLogsOneLinePerRecordAtInfoAndAboveWithoutReadingTheTimeZones() throws Exception {
        List<String> lines = runLoggingApp();

        assertEquals(List.of("INFO demo: started on port 8080", "WARNING demo: demo password in use"),
                lines.stream().filter(line -> !line.startsWith("[")).toList());
        assertTrue(lines.stream().noneMatch(line -> line.contains("sun.util.calendar.ZoneInfoFile ")),
                "the time-zone database was read");
    }

    @Test
    void appKeepsTheJdksFormatWhenTheUserSetsOne() throws Exception {
        List<String> lines = runLoggingApp("-Djava.util.logging.SimpleFormatter.format=%4$s|%5$s%n");

        assertEquals(List.of("INFO|started on port 8080", "WARNING|demo password in use"),
                lines.stream().filter(line -> !line.startsWith("[")).toList());
    }

    /** Runs {@link LoggingApp} in a JVM of its own and returns what it printed, class loading included. */
    private static List<String> runLoggingApp(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info:stdout"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoggingApp.class.getName()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app did not exit");
        assertEquals(0, app.exitValue(), output);
        return output.lines().toList();
    }

    /** An app that logs the way the example apps do. */
    static final class LoggingApp {
        public static void main(String[] args) {
            ConsoleLogging.useOneLineFormat();
            System.Logger log = System.getLogger("demo");
            log.log(Level.DEBUG, "not shown");
            log.log(Level.INFO, "started on port {0}", "8080");
            log.log(Level.WARNING, "demo password in use");
        }
    }
}
