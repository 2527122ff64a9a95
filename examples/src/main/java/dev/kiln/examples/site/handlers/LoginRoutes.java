package dev.kiln.examples.site.handlers;

import dagger.Lazy;
import dev.kiln.examples.site.SiteConfig;
import dev.kiln.examples.site.services.Sessions;
import dev.kiln.examples.site.services.Templates;
import dev.kiln.examples.site.services.Users;
import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Body;
import dev.kiln.http.router.Cookie;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.Post;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logging in and out: {@code GET /login} (the form), {@code POST /login} (form or JSON) and
 * {@code POST /logout}.
 *
 * <p>A successful login starts a session and sets its cookie; an HTML form gets the welcome page,
 * a JSON client {@code {"user": ..., "ok": true}}. Wrong credentials get 401 with the form again
 * (and the message) or a JSON error. A body without a username or password is 400.
 */
@Singleton
public final class LoginRoutes {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";
    private static final String WRONG = "wrong username or password";

    private final Users users;
    private final Sessions sessions;
    private final Lazy<Templates> templates;
    private final Lazy<JsonMapper> json;
    private final boolean demoCredentials;

    /**
     * Creates the routes.
     *
     * @param users the account check
     * @param sessions the session store
     * @param templates the HTML templates, built on first use (the engine takes a while to start)
     * @param json the JSON writer, built on first use
     * @param config whether the demo credentials are in use (the form then shows them)
     */
    @Inject
    public LoginRoutes(Users users, Sessions sessions, Lazy<Templates> templates, Lazy<JsonMapper> json,
            SiteConfig config) {
        this.users = users;
        this.sessions = sessions;
        this.templates = templates;
        this.json = json;
        this.demoCredentials = config.defaultCredentials();
    }

    /**
     * Sends the login form.
     *
     * @return the form page
     */
    @Get("/login")
    public Response form() {
        return html(Status.OK_200, loginPage("", ""));
    }

    /**
     * Checks the credentials and starts a session.
     *
     * @param credentials the name and password, from a form or JSON
     * @param request the request, for its content type and whether it came over HTTPS
     * @return the welcome page or JSON result with the session cookie, or 401
     * @throws BadRequestException when the username or password is missing
     */
    @Post("/login")
    public Response login(@Body Credentials credentials, Request request) {
        boolean jsonClient = isJson(request.contentType());
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new BadRequestException("the body must have a username and a password");
        }
        Optional<String> user = users.authenticate(credentials.username(), credentials.password());
        if (user.isEmpty()) {
            return jsonClient
                    ? json(Status.UNAUTHORIZED_401, new LoginResult(null, false, WRONG))
                    : html(Status.UNAUTHORIZED_401, loginPage(WRONG, credentials.username()));
        }
        Response response = jsonClient
                ? json(Status.OK_200, new LoginResult(user.get(), true, null))
                : html(Status.OK_200, templates.get().render("welcome", Map.of("name", user.get(), "loggedIn", true)));
        return sessions.cookie(sessions.start(user.get()), request.isSecure())
                .addTo(response.toBuilder().header(HeaderNames.CACHE_CONTROL, "no-store").build());
    }

    /**
     * Ends the session and sends the browser back to the login form.
     *
     * @param session the session cookie, when sent
     * @param request the request, for whether it came over HTTPS
     * @return 303 to {@code /login}, removing the cookie
     */
    @Post("/logout")
    public Response logout(@Cookie(Sessions.COOKIE) Optional<String> session, Request request) {
        session.ifPresent(sessions::end);
        return sessions.expiredCookie(request.isSecure())
                .addTo(Response.builder(Status.SEE_OTHER_303).header(HeaderNames.LOCATION, "/login").build());
    }

    private String loginPage(String error, String username) {
        return templates.get().render("login", Map.of("error", error, "username", username, "demo", demoCredentials));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return type.equals(JSON) || type.endsWith("+json");
    }

    private static Response html(Status status, String page) {
        return Response.builder(status).contentType(HTML).body(page).build();
    }

    private Response json(Status status, LoginResult result) {
        return Response.builder(status).contentType(JSON).body(json.get().writeValueAsBytes(result)).build();
    }
}
