package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.examples.config.UsageException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    @Test
    void usesTheDocumentedDefaults() throws UsageException {
        SiteConfig config = SiteConfig.parse(new String[0], Map.of());
        assertEquals("0.0.0.0", config.host());
        assertEquals(8080, config.httpPort());
        assertEquals(8443, config.httpsPort());
        assertEquals(Path.of("pages"), config.pagesDir());
        assertEquals(100L * 1024 * 1024, config.maxUpload());
        assertEquals("admin", config.username());
        assertTrue(config.defaultCredentials());
        assertEquals(Path.of("server.crt"), config.certFile());
        assertEquals(Path.of("server.key"), config.keyFile());
        assertTrue(config.warmUp());
    }

    @Test
    void takesFlagsAndEnvironmentVariables() throws UsageException {
        SiteConfig config = SiteConfig.parse(
                new String[] {"--port", "9090", "--files=/tmp/up", "--max-upload", "5m", "--user", "ada", "--warm-up", "off"},
                Map.of("KILN_PASSWORD", "lovelace", "KILN_HTTPS_PORT", "9443", "KILN_CERT", "/etc/kiln/cert.pem"));
        assertEquals(9090, config.httpPort());
        assertEquals(9443, config.httpsPort());
        assertEquals(Path.of("/tmp/up"), config.filesDir());
        assertEquals(5L * 1024 * 1024, config.maxUpload());
        assertEquals("ada", config.username());
        assertEquals("lovelace", config.password());
        assertFalse(config.defaultCredentials());
        assertEquals(Path.of("/etc/kiln/cert.pem"), config.certFile());
        assertFalse(config.warmUp());
        assertFalse(config.toString().contains("lovelace"), "the password is never printed");
    }

    @Test
    void refusesAMissingPagesFolderNamingIt() {
        UsageException e = assertThrows(UsageException.class,
                () -> SiteConfig.parse(new String[] {"--pages", "no/such/folder"}, Map.of()));
        assertTrue(e.getMessage().contains("no/such/folder"), e.getMessage());
    }

    @Test
    void helpListsEveryOption() {
        String help = SiteConfig.OPTIONS.help();
        for (String option : new String[] {"--host", "--port", "--https-port", "--pages", "--files", "--max-upload",
            "--user", "--password", "--cert", "--key", "--warm-up", "--help", "KILN_PORT", "KILN_FILES"}) {
            assertTrue(help.contains(option), option);
        }
    }
}
