package dev.kiln.examples.config;

import java.util.Objects;

/**
 * One setting of an example app: its command-line flag, the environment variable that can set it
 * instead, its default and a line of help.
 *
 * @param name the flag without dashes, e.g. {@code port} for {@code --port}
 * @param env the environment variable, e.g. {@code KILN_PORT}
 * @param defaultValue the value when neither flag nor variable is given, or {@code null} for none
 * @param help what the setting does, one line
 */
public record Option(String name, String env, String defaultValue, String help) {

    /**
     * Checks the option.
     *
     * @param name the flag without dashes
     * @param env the environment variable
     * @param defaultValue the default, or {@code null}
     * @param help one line of help
     */
    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(help, "help");
    }
}
