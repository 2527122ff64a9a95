package dev.kiln.examples.site.services;

import dev.kiln.http.router.SetCookie;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in sessions, held in memory and named by a random token carried in the
 * {@value #COOKIE} cookie. A session ends {@link #DEFAULT_LIFETIME} after login. Thread-safe
 * without locks (a concurrent map).
 */
public final class Sessions {

    /** The cookie that carries the session token. */
    public static final String COOKIE = "kiln_session";
    /** How long a session lasts by default: 1 hour. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private static final int TOKEN_BYTES = 32;
    private static final int SWEEP_THRESHOLD = 10_000;

    private record Session(String user, Instant expires) {
    }

    /**
     * The token source, made on the first login rather than at start-up (the JDK's security providers
     * take tens of milliseconds to set up in a cold JVM). Thread-safe.
     */
    private static final class Tokens {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    /** Creates an empty session store with the default lifetime and the system clock. */
    public Sessions() {
        this(DEFAULT_LIFETIME, Clock.systemUTC());
    }

    /**
     * Creates an empty session store.
     *
     * @param lifetime how long a session lasts after login
     * @param clock the clock that decides expiry
     */
    public Sessions(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * Starts a session.
     *
     * @param user the logged-in user
     * @return the new session's token (43 URL-safe characters, 256 random bits)
     */
    public String start(String user) {
        if (sessions.size() >= SWEEP_THRESHOLD) {
            Instant now = clock.instant();
            sessions.values().removeIf(session -> !session.expires().isAfter(now));
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        Tokens.RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(user, clock.instant().plus(lifetime)));
        return token;
    }

    /**
     * Returns the user of a session.
     *
     * @param token the token from the cookie, may be {@code null}
     * @return the user while the session lasts, else empty
     */
    public Optional<String> user(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expires().isAfter(clock.instant())) {
            sessions.remove(token, session);
            return Optional.empty();
        }
        return Optional.of(session.user());
    }

    /**
     * Ends a session; an unknown token is ignored.
     *
     * @param token the token
     */
    public void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /**
     * Returns the cookie that gives the browser this session: {@code HttpOnly} (no script can read
     * it), {@code SameSite=Lax} (not sent on cross-site posts), {@code Path=/}, a {@code Max-Age}
     * equal to the session lifetime, and {@code Secure} over HTTPS.
     *
     * @param token the session token
     * @param secure whether the request came over HTTPS
     * @return the cookie, for {@link SetCookie#addTo}
     */
    public SetCookie cookie(String token, boolean secure) {
        return SetCookie.of(COOKIE, token).maxAge(lifetime).secure(secure);
    }

    /**
     * Returns the cookie that removes the session cookie from the browser.
     *
     * @param secure whether the request came over HTTPS
     * @return the cookie, for {@link SetCookie#addTo}
     */
    public SetCookie expiredCookie(boolean secure) {
        return SetCookie.expired(COOKIE).secure(secure);
    }
}
