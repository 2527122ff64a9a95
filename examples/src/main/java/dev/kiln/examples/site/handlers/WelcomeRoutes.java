package dev.kiln.examples.site.handlers;

import dagger.Lazy;
import dev.kiln.examples.site.services.Sessions;
import dev.kiln.examples.site.services.Templates;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.router.Cookie;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.QueryParam;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /welcome}: a page greeting the logged-in user (from the session cookie), else the
 * {@code ?name=} given, else "guest". The template escapes the name, so markup in it is shown as
 * text.
 */
@Singleton
public final class WelcomeRoutes {

    private final Sessions sessions;
    private final Lazy<Templates> templates;

    /**
     * Creates the route.
     *
     * @param sessions the session store
     * @param templates the HTML templates, built on first use
     */
    @Inject
    public WelcomeRoutes(Sessions sessions, Lazy<Templates> templates) {
        this.sessions = sessions;
        this.templates = templates;
    }

    /**
     * Renders the welcome page.
     *
     * @param session the session cookie, when sent
     * @param name the name to greet when nobody is logged in
     * @return the page
     */
    @Get("/welcome")
    public Response welcome(@Cookie(Sessions.COOKIE) Optional<String> session, @QueryParam Optional<String> name) {
        Optional<String> user = session.flatMap(sessions::user);
        String shown = user.or(() -> name.filter(n -> !n.isBlank())).orElse("guest");
        String page = templates.get().render("welcome", Map.of("name", shown, "loggedIn", user.isPresent()));
        return Response.html(page).withHeader(HeaderNames.CACHE_CONTROL, "no-store");
    }
}
