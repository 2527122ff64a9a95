package dev.kiln.examples.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings an example app accepts. A value comes from the flag ({@code --port 9090} or
 * {@code --port=9090}), else from the environment variable, else from the default; {@code --help}
 * asks for the help text.
 */
public final class Options {

    private final String command;
    private final Map<String, Option> byName = new LinkedHashMap<>();

    /**
     * Creates the option set.
     *
     * @param command the program name shown in the help, e.g. {@code scripts/run-example}
     * @param options the options, in the order the help lists them
     */
    public Options(String command, List<Option> options) {
        this.command = command;
        for (Option option : options) {
            byName.put(option.name(), option);
        }
    }

    /**
     * Resolves every option from the arguments and the environment.
     *
     * @param args the command-line arguments
     * @param env the environment variables
     * @return the resolved settings
     * @throws UsageException for an unknown flag or a flag without its value
     */
    public Settings parse(String[] args, Map<String, String> env) throws UsageException {
        Map<String, String> flags = new HashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "': options start with --");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!byName.containsKey(name)) {
                throw new UsageException("unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            flags.put(name, value);
        }
        Map<String, Settings.Value> values = new LinkedHashMap<>();
        for (Option option : byName.values()) {
            if (flags.containsKey(option.name())) {
                values.put(option.name(),
                        new Settings.Value(flags.get(option.name()), "--" + option.name(), false));
            } else if (env.get(option.env()) != null && !env.get(option.env()).isEmpty()) {
                values.put(option.name(), new Settings.Value(env.get(option.env()), option.env(), false));
            } else {
                values.put(option.name(),
                        new Settings.Value(option.defaultValue(), "--" + option.name(), true));
            }
        }
        return new Settings(values, help);
    }

    private static String flag(Option option) {
        return "  --" + option.name() + " <value>";
    }

    /**
     * Returns the help text: usage, then one line per option with its variable and default.
     *
     * @return the help text
     */
    public String help() {
        StringBuilder text = new StringBuilder("Usage: ").append(command).append(" [options]\n\n");
        text.append("Each option can also be set by its environment variable; a flag wins.\n\n");
        int width = byName.values().stream()
                .mapToInt(o -> flag(o).length()).max().orElse(0) + 3;
        for (Option option : byName.values()) {
            String flag = flag(option);
            text.append(flag).append(" ".repeat(width - flag.length()))
                    .append(option.help())
                    .append(" [env ").append(option.env());
            if (option.defaultValue() != null) {
                text.append(", default ").append(option.defaultValue());
            }
            text.append("]\n");
        }
        String help = "  --help";
        text.append(help).append(" ".repeat(width - help.length())).append("print this help and exit\n");
        return text.toString();
    }
}
