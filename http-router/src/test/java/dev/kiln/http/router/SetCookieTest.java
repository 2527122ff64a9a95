package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.http.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SetCookieTest {

    @Test
    void startsWithSafeSessionCookieDefaults() {
        assertEquals("session=abc; Path=/; HttpOnly; SameSite=Lax", SetCookie.of("session", "abc").toHeaderValue());
    }

    @Test
    void writesEveryAttribute() {
        SetCookie cookie = SetCookie.of("id", "42")
                .path("/app")
                .domain("example.com")
                .maxAge(Duration.ofHours(1))
                .secure(true)
                .sameSite(SetCookie.SameSite.STRICT);
        assertEquals("id=42; Path=/app; Domain=example.com; Max-Age=3600; Secure; HttpOnly; SameSite=Strict", cookie.toHeaderValue());
        assertEquals("id=42; Secure", SetCookie.of("id", "42").path(null).httpOnly(false).sameSite(null).secure(true).toHeaderValue());
    }

    @Test
    void expiresACookie() {
        assertEquals("session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax", SetCookie.expired("session").toHeaderValue());
    }

    @Test
    void addsItselfToAResponseBesideOtherCookies() {
        Response response = SetCookie.of("b", "2").addTo(SetCookie.of("a", "1").addTo(Response.text("x")));
        assertEquals(2, response.headers().all("Set-Cookie").size());
    }

    @Test
    void rejectsCharactersACookieCannotCarry() {
        assertEquals("the value of cookie 'a' has a character a cookie cannot carry at index 1; encode it, e.g. with Base64url",
                assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a", "x;y")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a", "x y"));
        assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a b", "x"));
        assertThrows(IllegalArgumentException.class, () -> SetCookie.of("", "x"));
        assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a", "x").path("/a;b"));
        assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a", "x").maxAge(Duration.ofSeconds(-1)));
    }
}
