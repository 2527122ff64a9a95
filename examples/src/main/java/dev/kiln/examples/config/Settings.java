package dev.kiln.examples.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Option values resolved by {@link Options#parse}, with typed accessors that check them. */
public final class Settings {

    /**
     * One resolved value.
     *
     * @param text the value, or {@code null} when the option has no default and was not set
     * @param source the flag or variable it came from, for error messages
     * @param isDefault whether it is the default
     */
    record Value(String text, String source, boolean isDefault) {
    }

    private final Map<String, Value> values;
    private final boolean helpRequested;

    Settings(Map<String, Value> values, boolean helpRequested) {
        this.values = values;
        this.helpRequested = helpRequested;
    }

    /**
     * Returns whether {@code --help} was given.
     *
     * @return whether to print the help and exit
     */
    public boolean helpRequested() {
        return helpRequested;
    }

    /**
     * Returns whether the option was neither given as a flag nor by its variable.
     *
     * @param name the option name
     * @return whether the default is in use
     */
    public boolean isDefault(String name) {
        return value(name).isDefault();
    }

    /**
     * Returns the option as text.
     *
     * @param name the option name
     * @return the value, or {@code null} when unset and without default
     */
    public String text(String name) {
        return value(name).text();
    }

    /**
     * Returns the option as a TCP port.
     *
     * @param name the option name
     * @return 0 to 65535
     * @throws UsageException when the value is not such a number
     */
    public int port(String name) throws UsageException {
        Value value = value(name);
        try {
            int port = Integer.parseInt(value.text().trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new UsageException(value.source() + ": '" + value.text() + "' is not a port (0 to 65535)");
    }

    /**
     * Returns the option as a switch: {@code on} or {@code off} (also {@code true} or {@code false},
     * any case).
     *
     * @param name the option name
     * @return whether it is on
     * @throws UsageException when the value is none of those
     */
    public boolean onOff(String name) throws UsageException {
        Value value = value(name);
        String text = value.text() == null ? "" : value.text().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new UsageException(value.source() + ": '" + value.text() + "' is neither on nor off");
        };
    }

    /**
     * Returns the option as a path.
     *
     * @param name the option name
     * @return the path, or {@code null} when unset and without default
     * @throws UsageException when the value is not a valid path
     */
    public Path path(String name) throws UsageException {
        Value value = value(name);
        if (value.text() == null) {
            return null;
        }
        try {
            return Path.of(value.text());
        } catch (InvalidPathException e) {
            throw new UsageException(value.source() + ": '" + value.text() + "' is not a valid path");
        }
    }

    /**
     * Returns the option as a size in bytes: a number with an optional unit {@code k}, {@code m}
     * or {@code g} (powers of 1024, with or without a trailing {@code b}, any case), e.g.
     * {@code 100MB}.
     *
     * @param name the option name
     * @return the size, 1 or more
     * @throws UsageException when the value is not such a size
     */
    public long bytes(String name) throws UsageException {
        Value value = value(name);
        String text = value.text() == null ? "" : value.text().trim().toLowerCase(Locale.ROOT);
        if (text.endsWith("b")) {
            text = text.substring(0, text.length() - 1);
        }
        long unit = 1;
        if (!text.isEmpty()) {
            switch (text.charAt(text.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit > 1) {
                text = text.substring(0, text.length() - 1).trim();
            }
        }
        try {
            long number = Long.parseLong(text);
            if (number > 0 && number <= Long.MAX_VALUE / unit) {
                return number * unit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(value.source() + ": '" + value.text()
                + "' is not a size (a positive number, optionally with k, m or g, e.g. 100m)");
    }

    private Value value(String name) {
        Value value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option named " + name);
        }
        return value;
    }
}
