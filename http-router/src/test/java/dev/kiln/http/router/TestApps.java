package dev.kiln.http.router;

import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.fixtures.app.FailuresAccess;

/** Routers over the test fixtures. */
final class TestApps {

    static final String APP = "dev.kiln.http.router.fixtures.app";

    private TestApps() {
    }

    /** The fixture app, with a mapper for its domain exception. */
    static Router app() {
        return Router.builder()
                .scan(APP)
                .exception(FailuresAccess.outOfStock(), (error, request) -> Response.text(Status.NOT_FOUND_404, "out of stock: " + error.getMessage()))
                .build();
    }
}
