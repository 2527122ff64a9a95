package dev.kiln.http.tls;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what {@code System.Logger("dev.kiln.http.tls")} writes (the JDK routes it to
 * java.util.logging when no other backend is installed), formatted, while open.
 */
final class LogCapture implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.kiln.http.tls");
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Level previousLevel = logger.getLevel();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record.getLevel() + " " + new java.util.logging.SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }
}
