package dev.kiln.examples.site.handlers;

import dev.kiln.examples.site.SiteConfig;
import dev.kiln.http.core.NotFoundException;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Get;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The home ({@code /}) and about ({@code /hello}) pages: {@code index.html} and {@code hello.html}
 * from the pages folder. Other files there (styles, images) are served by the router's static-files
 * route.
 */
@Singleton
public final class PageRoutes {

    private final Path pages;

    /**
     * Creates the routes.
     *
     * @param config where the pages folder is
     */
    @Inject
    public PageRoutes(SiteConfig config) {
        this.pages = config.pagesDir();
    }

    /**
     * Sends the home page.
     *
     * @return {@code index.html}
     */
    @Get("/")
    public Response home() {
        return page("index.html");
    }

    /**
     * Sends the about page.
     *
     * @return {@code hello.html}
     */
    @Get("/hello")
    public Response hello() {
        return page("hello.html");
    }

    private Response page(String name) {
        Path file = pages.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no page " + name + " in the pages folder");
        }
        return Response.builder(Status.OK_200)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .file(file)
                .build();
    }
}
