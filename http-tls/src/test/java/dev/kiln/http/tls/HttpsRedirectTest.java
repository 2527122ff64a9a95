package dev.kiln.http.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which Host values the redirect accepts, and what host it keeps from them. */
class HttpsRedirectTest {

    @ParameterizedTest(name = "Host: {0}")
    @CsvSource({
        "example.com,          example.com",
        "example.com:8080,     example.com",
        "Example.COM,          Example.COM",
        "127.0.0.1:80,         127.0.0.1",
        "[::1]:8080,           [::1]",
        "[2001:db8::7],        [2001:db8::7]",
        "my_host.internal,     my_host.internal",
    })
    void keepsTheHostAndDropsThePort(String header, String host) {
        assertEquals(host, HttpsRedirect.hostWithoutPort(header));
    }

    @ParameterizedTest(name = "Host: \"{0}\"")
    @ValueSource(strings = {"", ":8080", "evil.com/path", "a b", "host:port", "host:12345678", "[::1", "[]", "[::1]x",
        "user@host", "host\\x", "[::g]"})
    void refusesHostsThatCannotBeAUrlAuthority(String header) {
        assertEquals(null, HttpsRedirect.hostWithoutPort(header));
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> HttpsRedirect.toPort(0));
        assertThrows(IllegalArgumentException.class, () -> HttpsRedirect.toPort(65536));
    }

    @Test
    void buildsTheHstsValue() {
        assertEquals("max-age=63072000; includeSubDomains; preload",
                StrictTransportSecurity.maxAge(java.time.Duration.ofDays(730)).includeSubDomains().preload().headerValue());
        assertEquals("max-age=0", StrictTransportSecurity.maxAge(java.time.Duration.ZERO).headerValue());
    }
}
