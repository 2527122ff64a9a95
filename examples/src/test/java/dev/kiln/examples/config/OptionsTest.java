package dev.kiln.examples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private final Options options = new Options("app", List.of(
            new Option("port", "APP_PORT", "8080", "HTTP port"),
            new Option("max-upload", "APP_MAX", "1m", "largest upload"),
            new Option("name", "APP_NAME", null, "a name"),
            new Option("cache", "APP_CACHE", "on", "a switch")));

    @Test
    void usesTheFlagBeforeTheVariableBeforeTheDefault() throws UsageException {
        Settings fromDefault = options.parse(new String[0], Map.of());
        assertEquals(8080, fromDefault.port("port"));
        assertTrue(fromDefault.isDefault("port"));

        Settings fromEnv = options.parse(new String[0], Map.of("APP_PORT", "9000"));
        assertEquals(9000, fromEnv.port("port"));
        assertFalse(fromEnv.isDefault("port"));

        assertEquals(9100, options.parse(new String[] {"--port", "9100"}, Map.of("APP_PORT", "9000")).port("port"));
        assertEquals(9200, options.parse(new String[] {"--port=9200"}, Map.of()).port("port"));
    }

    @Test
    void readsSizesWithUnits() throws UsageException {
        assertEquals(1L << 20, options.parse(new String[0], Map.of()).bytes("max-upload"));
        assertEquals(512L << 10, options.parse(new String[] {"--max-upload", "512k"}, Map.of()).bytes("max-upload"));
        assertEquals(2L << 30, options.parse(new String[] {"--max-upload", "2GB"}, Map.of()).bytes("max-upload"));
        assertEquals(1234, options.parse(new String[] {"--max-upload", "1234"}, Map.of()).bytes("max-upload"));
    }

    @Test
    void readsSwitchesAsOnOrOff() throws UsageException {
        assertTrue(options.parse(new String[0], Map.of()).onOff("cache"));
        assertFalse(options.parse(new String[] {"--cache", "off"}, Map.of()).onOff("cache"));
        assertFalse(options.parse(new String[0], Map.of("APP_CACHE", "False")).onOff("cache"));
        assertTrue(options.parse(new String[] {"--cache=ON"}, Map.of()).onOff("cache"));
        assertEquals("--cache: 'maybe' is neither on nor off", assertThrows(UsageException.class,
                () -> options.parse(new String[] {"--cache", "maybe"}, Map.of()).onOff("cache")).getMessage());
    }

    @Test
    void namesTheFlagOrVariableOfABadValue() {
        UsageException port = assertThrows(UsageException.class,
                () -> options.parse(new String[] {"--port", "http"}, Map.of()).port("port"));
        assertEquals("--port: 'http' is not a port (0 to 65535)", port.getMessage());
        UsageException env = assertThrows(UsageException.class,
                () -> options.parse(new String[0], Map.of("APP_PORT", "70000")).port("port"));
        assertEquals("APP_PORT: '70000' is not a port (0 to 65535)", env.getMessage());
        UsageException size = assertThrows(UsageException.class,
                () -> options.parse(new String[] {"--max-upload", "-3m"}, Map.of()).bytes("max-upload"));
        assertTrue(size.getMessage().startsWith("--max-upload: '-3m' is not a size"));
    }

    @Test
    void refusesUnknownFlagsAndFlagsWithoutValues() {
        assertEquals("unknown option --prot",
                assertThrows(UsageException.class, () -> options.parse(new String[] {"--prot", "1"}, Map.of())).getMessage());
        assertEquals("option --port needs a value",
                assertThrows(UsageException.class, () -> options.parse(new String[] {"--port"}, Map.of())).getMessage());
        assertEquals("unexpected argument 'x': options start with --",
                assertThrows(UsageException.class, () -> options.parse(new String[] {"x"}, Map.of())).getMessage());
    }

    @Test
    void helpListsEveryOptionWithItsVariableAndDefault() throws UsageException {
        assertTrue(options.parse(new String[] {"--help"}, Map.of()).helpRequested());
        String help = options.help();
        assertTrue(help.startsWith("Usage: app [options]"));
        assertTrue(help.contains("--port <value>"));
        assertTrue(help.contains("HTTP port [env APP_PORT, default 8080]"));
        assertTrue(help.contains("a name [env APP_NAME]"));
        assertTrue(help.contains("--help"));
    }
}
