package dev.kiln.examples.site.handlers;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON answer of {@code POST /login}: {@code {"user": "admin", "ok": true}}, or
 * {@code {"ok": false, "error": "wrong username or password"}}.
 *
 * @param user the logged-in user, or {@code null}
 * @param ok whether the login succeeded
 * @param error why it failed, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginResult(String user, boolean ok, String error) {
}
