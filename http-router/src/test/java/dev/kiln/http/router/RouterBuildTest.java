package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RouterBuildTest {

    private static String buildFailure(Router.Builder builder) {
        return assertThrows(IllegalStateException.class, builder::build).getMessage();
    }

    @Test
    void failsOnTheSameRouteInTwoClassesNamingBothMethods() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.clash"));
        assertTrue(message.contains("the same route: GET /same (dev.kiln.http.router.fixtures.clash.First#same) and "
                + "GET /same (dev.kiln.http.router.fixtures.clash.Second#same)"), message);
    }

    @Test
    void failsOnAmbiguousParameterRoutesNamingBothMethods() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.ambiguous"));
        assertTrue(message.contains("ambiguous routes: GET /users/{id} (dev.kiln.http.router.fixtures.ambiguous.Users#byId) and "
                + "GET /users/{name} (dev.kiln.http.router.fixtures.ambiguous.Users#byName)"), message);
    }

    @Test
    void failsOnEveryBadSignatureNamingMethodAndReason() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.signatures"));
        String type = "dev.kiln.http.router.fixtures.signatures.BadSignatures#";
        String[] expected = {
            type + "unannotated: parameter 'name' (java.lang.String): has no binding annotation",
            type + "twice: parameter 'name' (java.lang.String): has more than one binding annotation [@dev.kiln.http.router.PathParam(\"\"), "
                    + "@dev.kiln.http.router.QueryParam(\"\")]",
            type + "unknownPathParam: parameter 'ident' (java.lang.String): @PathParam 'ident' is not in the path template /unknown/{id} (its parameters: [id])",
            type + "bodyOnGet: parameter 'body' (java.lang.String): @Body on a GET route",
            type + "twoBodies: parameter 'b' (java.lang.String): has two @Body parameters",
            type + "future: return type CompletableFuture is asynchronous",
            type + "recordQuery: parameter 'point' (dev.kiln.http.router.fixtures.signatures.BadSignatures$Point): type Point cannot be converted from a string",
            type + "cookieList: parameter 'session' (java.util.List<java.lang.String>): List is not supported for a cookie",
            type + "optionalPathParam: parameter 'id' (java.util.Optional<java.lang.String>): a path parameter is always present: "
                    + "declare it as the value type, not Optional",
            type + "badTemplate: a path parameter must be a whole segment",
            type + "both: has more than one route annotation",
        };
        for (String line : expected) {
            assertTrue(message.contains(line), "expected <" + line + "> in:\n" + message);
        }
        assertEquals(expected.length + 1, message.lines().count(), message);
    }

    @Test
    void failsOnAClashBetweenAProgrammaticRouteAndStaticFiles(@org.junit.jupiter.api.io.TempDir Path directory) {
        String message = buildFailure(Router.builder()
                .get("/assets/{*file}", request -> Response.text("x"))
                .staticFiles("/assets", directory));
        assertTrue(message.contains("ambiguous routes: GET /assets/{*file} (route(GET, \"/assets/{*file}\", handler)) and GET /assets/{*path}"), message);
        assertTrue(message.contains("static files from " + directory), message);
    }

    @Test
    void failsOnAMissingStaticFilesDirectory() {
        String message = buildFailure(Router.builder().staticFiles("/", Path.of("/no/such/dir")));
        assertTrue(message.contains("static files directory does not exist: /no/such/dir"), message);
    }

    @Test
    void failsOnAScannedPackageWithoutHandlerClasses() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.nosuchpackage"));
        assertTrue(message.contains("no handler classes in package dev.kiln.http.router.fixtures.nosuchpackage"), message);
    }

    @Test
    void failsOnRouteMethodsInAnAbstractClass() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.abstracts"));
        assertTrue(message.contains("dev.kiln.http.router.fixtures.abstracts.Base: is abstract; declare route methods in a concrete handler class"), message);
    }

    @Test
    void namesTheClassWhenItsProviderThrows() {
        String message = buildFailure(Router.builder().scan("dev.kiln.http.router.fixtures.injected").instances(type -> {
            throw new UnsupportedOperationException("container is closed");
        }));
        assertTrue(message.contains("cannot get an instance of dev.kiln.http.router.fixtures.injected.Counter: "
                + "java.lang.UnsupportedOperationException: container is closed"), message);
    }

    @Test
    void refusesHeadAndOptionsRoutesWhichTheRouterAnswers() {
        assertThrows(IllegalArgumentException.class, () -> Router.builder().route(dev.kiln.http.core.Method.HEAD, "/x", request -> null));
    }

    @Test
    void measuresItsBuildTime() {
        Router router = TestApps.app();
        assertTrue(router.buildTime().toNanos() > 0);
    }
}
