package dev.kiln.examples.site.handlers;

/**
 * What {@code POST /login} receives, from an HTML form
 * ({@code username=admin&password=secret}) or as JSON ({@code {"username": "admin", "password":
 * "secret"}}): the router binds either into this one record by {@code Content-Type}.
 *
 * @param username the login name
 * @param password the password
 */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
