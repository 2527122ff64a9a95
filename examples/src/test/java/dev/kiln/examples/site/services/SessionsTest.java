package dev.kiln.examples.site.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final Sessions sessions = new Sessions(Duration.ofMinutes(10), clock);

    @Test
    void findsTheUserOfAStartedSession() {
        String token = sessions.start("admin");
        assertEquals(Optional.of("admin"), sessions.user(token));
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void givesEverySessionItsOwnToken() {
        assertNotEquals(sessions.start("admin"), sessions.start("admin"));
    }

    @Test
    void forgetsUnknownEndedAndExpiredSessions() {
        assertTrue(sessions.user("nope").isEmpty());
        assertTrue(sessions.user(null).isEmpty());
        String ended = sessions.start("admin");
        sessions.end(ended);
        assertTrue(sessions.user(ended).isEmpty());
        String expiring = sessions.start("admin");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertTrue(sessions.user(expiring).isEmpty());
    }

    @Test
    void cookieIsHttpOnlyLaxAndSecureOnlyOverHttps() {
        assertEquals("kiln_session=t; Path=/; Max-Age=600; HttpOnly; SameSite=Lax", sessions.cookie("t", false).toHeaderValue());
        assertEquals("kiln_session=t; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax", sessions.cookie("t", true).toHeaderValue());
        assertEquals("kiln_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax", sessions.expiredCookie(false).toHeaderValue());
    }
}
