package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void beforeFilterCanShortCircuitAndAfterFilterStillDecorates() {
        Router router = Router.builder()
                .get("/admin/panel", request -> Response.text("panel"))
                .get("/public", request -> Response.text("public"))
                .before("/admin", request -> request.header("Authorization") == null
                        ? Optional.of(Response.text(Status.UNAUTHORIZED_401, "log in first"))
                        : Optional.empty())
                .after((request, response) -> response.withHeader("Access-Control-Allow-Origin", "*"))
                .build();
        try (Client client = Client.start(router)) {
            Reply denied = client.get("/admin/panel");
            assertEquals(401, denied.status());
            assertEquals("*", denied.header("Access-Control-Allow-Origin"));
            assertEquals("panel", client.get("/admin/panel", "Authorization", "Bearer x").text());
            assertEquals("public", client.get("/public").text());
            assertEquals("*", client.get("/nowhere").header("Access-Control-Allow-Origin"), "after-filters see 404s too");
        }
    }

    @Test
    void scopedBeforeFilterDoesNotApplyToASiblingPrefix() {
        Router router = Router.builder()
                .get("/administrator", request -> Response.text("other"))
                .before("/admin/", request -> Optional.of(Response.of(Status.FORBIDDEN_403)))
                .build();
        try (Client client = Client.start(router)) {
            assertEquals(200, client.get("/administrator").status());
            assertEquals(403, client.get("/admin").status());
        }
    }

    @Test
    void beforeFilterCanAttachAttributesForTheRoute() {
        Router router = Router.builder()
                .before(request -> {
                    request.attribute("user", "ann");
                    return Optional.empty();
                })
                .get("/me", request -> Response.text("me=" + request.attribute("user")))
                .build();
        try (Client client = Client.start(router)) {
            assertEquals("me=ann", client.get("/me").text());
        }
    }

    @Test
    void filtersWrapEverythingInTheOrderAdded() {
        List<String> order = new ArrayList<>();
        Router router = Router.builder()
                .filter((request, next) -> {
                    order.add("outer");
                    return next.handle(request).withHeader("X-Outer", "1");
                })
                .before((request, next) -> {
                    order.add("inner");
                    return next.handle(request);
                })
                .before(request -> {
                    order.add("before");
                    return Optional.empty();
                })
                .get("/x", request -> {
                    order.add("route");
                    return Response.text("x");
                })
                .build();
        try (Client client = Client.start(router)) {
            assertEquals("1", client.get("/x").header("X-Outer"));
            assertEquals(List.of("outer", "inner", "before", "route"), order);
        }
    }

    @Test
    void failingFilterIsMappedLikeARoute() {
        Router router = Router.builder()
                .before(request -> {
                    throw new IllegalStateException("filter broke");
                })
                .get("/x", request -> Response.text("x"))
                .build();
        try (Client client = Client.start(router)) {
            Reply reply = client.get("/x");
            assertEquals(500, reply.status());
            assertNull(reply.header("X-Never"));
        }
    }

    @Test
    void programmaticRouteReadsItsPathParameters() {
        Router router = Router.builder()
                .get("/users/{id}/files/{*path}", request -> Response.text(Router.pathParam(request, "id") + ":" + Router.pathParam(request, "path")))
                .delete("/users/{id}", request -> Response.of(Status.NO_CONTENT_204))
                .build();
        try (Client client = Client.start(router)) {
            assertEquals("a b:docs/x y.txt", client.get("/users/a%20b/files/docs/x%20y.txt").text());
            assertEquals(204, client.send("DELETE", "/users/7", null, null).status());
            assertEquals("DELETE, OPTIONS", client.send("PUT", "/users/7", null, null).header("Allow"));
        }
    }
}
