/**
 * Kiln's annotation router: {@code @Get}/{@code @Post} handler classes found with ClassGraph (or
 * listed at compile time by its annotation processor), instances from a DI container
 * ({@code jakarta.inject.Provider}), form and JSON binding with Jackson, static files. Its
 * {@link dev.kiln.http.router.Router} is an http-core {@code Handler}.
 *
 * <p>Handler packages must be open to this module (see {@link dev.kiln.http.router}).
 */
module dev.kiln.http.router {
    requires transitive dev.kiln.http.core;
    requires transitive tools.jackson.databind;
    requires transitive jakarta.inject;
    requires io.github.classgraph;
    // the route index processor runs inside javac only
    requires static java.compiler;

    exports dev.kiln.http.router;

    provides javax.annotation.processing.Processor with dev.kiln.http.router.internal.RouteIndexProcessor;
}
