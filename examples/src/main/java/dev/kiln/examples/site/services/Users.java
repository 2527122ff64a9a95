package dev.kiln.examples.site.services;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The site's one user account and its credential check.
 *
 * <p>The check takes the same time whichever part is wrong and however much of it matches: both the
 * name and the password are hashed to fixed-length SHA-256 digests and compared with
 * {@link MessageDigest#isEqual}, which does not stop at the first differing byte, and both
 * comparisons always run. The digests are taken at each check rather than at construction: the first
 * {@code MessageDigest} sets up the JDK's security providers, tens of milliseconds in a cold JVM, which
 * the site's start-up need not wait for. Thread-safe (immutable).
 */
public final class Users {

    private final String username;
    private final String password;

    /**
     * Creates the account.
     *
     * @param username the login name, not blank
     * @param password the password, not empty
     */
    public Users(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("username and password must not be empty");
        }
        this.username = username;
        this.password = password;
    }

    /**
     * Checks a login.
     *
     * @param username the name given, may be {@code null}
     * @param password the password given, may be {@code null}
     * @return the user's name when both match, else empty
     */
    public Optional<String> authenticate(String username, String password) {
        boolean nameMatches = MessageDigest.isEqual(digest(this.username), digest(username == null ? "" : username));
        boolean passwordMatches = MessageDigest.isEqual(digest(this.password), digest(password == null ? "" : password));
        // '&', not '&&': both comparisons run whatever the first one found
        return nameMatches & passwordMatches ? Optional.of(this.username) : Optional.empty();
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
