package dev.kiln.http.router;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Response;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@code Set-Cookie} header value (RFC 6265 §4.1), immutable. It starts with safe defaults for a
 * session cookie, {@code Path=/; HttpOnly; SameSite=Lax}, and each {@code with…}/flag method returns
 * a changed copy:
 *
 * <pre>{@code
 * SetCookie session = SetCookie.of("session", token).secure(true).maxAge(Duration.ofHours(8));
 * return Response.builder(Status.SEE_OTHER_303)
 *         .header(HeaderNames.LOCATION, "/welcome")
 *         .addHeader(HeaderNames.SET_COOKIE, session.toHeaderValue())
 *         .build();
 * }</pre>
 *
 * <p>{@code Secure} is off by default because a browser drops secure cookies set over plain HTTP
 * (except on {@code localhost}); switch it on for anything served over HTTPS.
 */
public final class SetCookie {

    /** The {@code SameSite} attribute (RFC 6265bis §4.1.2.7). */
    public enum SameSite {
        /** Sent on same-site requests only. */
        STRICT("Strict"),
        /** Sent on same-site requests and top-level cross-site navigations. */
        LAX("Lax"),
        /** Sent on every request; requires {@code Secure}. */
        NONE("None");

        private final String token;

        SameSite(String token) {
            this.token = token;
        }
    }

    private final String name;
    private final String value;
    private final String path;
    private final String domain;
    private final Duration maxAge;
    private final boolean secure;
    private final boolean httpOnly;
    private final SameSite sameSite;

    private SetCookie(String name, String value, String path, String domain, Duration maxAge, boolean secure,
            boolean httpOnly, SameSite sameSite) {
        this.name = name;
        this.value = value;
        this.path = path;
        this.domain = domain;
        this.maxAge = maxAge;
        this.secure = secure;
        this.httpOnly = httpOnly;
        this.sameSite = sameSite;
    }

    /**
     * Returns a cookie with {@code Path=/; HttpOnly; SameSite=Lax}, kept until the browser closes.
     *
     * @param name the cookie name, an RFC 9110 token
     * @param value the value, cookie-octets only (no space, comma, semicolon, backslash or double
     *     quote; encode anything else, e.g. with Base64url)
     * @return the cookie
     * @throws IllegalArgumentException when the name or value has a character a cookie cannot carry
     */
    public static SetCookie of(String name, String value) {
        return new SetCookie(checkName(name), checkValue(name, value), "/", null, null, false, true, SameSite.LAX);
    }

    /**
     * Returns a cookie that deletes {@code name} in the browser: empty value, {@code Max-Age=0}.
     * Its path and domain must be those the cookie was set with (the defaults match {@link #of}).
     *
     * @param name the cookie name
     * @return the expiring cookie
     */
    public static SetCookie expired(String name) {
        return of(name, "").maxAge(Duration.ZERO);
    }

    /**
     * Returns a copy with this {@code Path}.
     *
     * @param path the path, starting with {@code /}, or {@code null} for none
     * @return the changed cookie
     */
    public SetCookie path(String path) {
        return new SetCookie(name, value, checkAttribute("Path", path), domain, maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns a copy with this {@code Domain}.
     *
     * @param domain the domain, or {@code null} for the host only (the default)
     * @return the changed cookie
     */
    public SetCookie domain(String domain) {
        return new SetCookie(name, value, path, checkAttribute("Domain", domain), maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns a copy with this {@code Max-Age}, in whole seconds.
     *
     * @param maxAge how long the browser keeps the cookie; zero deletes it; {@code null} keeps it
     *     until the browser closes
     * @return the changed cookie
     * @throws IllegalArgumentException when negative
     */
    public SetCookie maxAge(Duration maxAge) {
        if (maxAge != null && maxAge.isNegative()) {
            throw new IllegalArgumentException("cookie Max-Age must not be negative, was " + maxAge);
        }
        return new SetCookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns a copy with or without {@code Secure} (sent over HTTPS only).
     *
     * @param secure whether to set it
     * @return the changed cookie
     */
    public SetCookie secure(boolean secure) {
        return new SetCookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns a copy with or without {@code HttpOnly} (hidden from scripts).
     *
     * @param httpOnly whether to set it
     * @return the changed cookie
     */
    public SetCookie httpOnly(boolean httpOnly) {
        return new SetCookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns a copy with this {@code SameSite}.
     *
     * @param sameSite the policy, or {@code null} to leave it to the browser
     * @return the changed cookie
     */
    public SetCookie sameSite(SameSite sameSite) {
        return new SetCookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /**
     * Returns the cookie name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the cookie value.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Returns the header value, e.g. {@code session=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax}.
     *
     * @return the value of a {@code Set-Cookie} field
     */
    public String toHeaderValue() {
        StringBuilder header = new StringBuilder(64).append(name).append('=').append(value);
        if (path != null) {
            header.append("; Path=").append(path);
        }
        if (domain != null) {
            header.append("; Domain=").append(domain);
        }
        if (maxAge != null) {
            header.append("; Max-Age=").append(maxAge.toSeconds());
        }
        if (secure) {
            header.append("; Secure");
        }
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        if (sameSite != null) {
            header.append("; SameSite=").append(sameSite.token);
        }
        return header.toString();
    }

    /**
     * Returns a copy of {@code response} with this cookie added as a {@code Set-Cookie} field.
     *
     * @param response the response
     * @return the response with the cookie
     */
    public Response addTo(Response response) {
        return response.toBuilder().addHeader(HeaderNames.SET_COOKIE, toHeaderValue()).build();
    }

    /** Returns {@link #toHeaderValue()}. */
    @Override
    public String toString() {
        return toHeaderValue();
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("cookie name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("cookie name '" + name + "' has a character not allowed in a token at index " + i);
            }
        }
        return name;
    }

    private static String checkValue(String name, String value) {
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E (RFC 6265 §4.1.1)
            if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
                throw new IllegalArgumentException("the value of cookie '" + name + "' has a character a cookie cannot carry at index "
                        + i + "; encode it, e.g. with Base64url");
            }
        }
        return value;
    }

    private static String checkAttribute(String attribute, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == ';') {
                throw new IllegalArgumentException("cookie " + attribute + " has a character not allowed at index " + i + ": " + value);
            }
        }
        return value;
    }
}
