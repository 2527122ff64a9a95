package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingTest {

    @RegisterExtension
    static final Client client = Client.perClass(TestApps::app);

    @Test
    void servesAPackagePrivateHandlerMethod() {
        Reply reply = client.get("/ping");
        assertEquals(200, reply.status());
        assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
        assertEquals("pong", reply.text());
    }

    @Test
    void servesAStaticRouteMethod() {
        assertEquals("static", client.get("/static-method").text());
    }

    @Test
    void appliesTheControllerPrefix() {
        assertEquals(200, client.get("/api/items").status());
        assertEquals(404, client.get("/items").status());
    }

    @Test
    void staticSegmentWinsOverAParameter() {
        Reply reply = client.get("/api/items/search?tag=a&tag=b");
        assertEquals("[\"a\",\"b\"]", reply.text());
    }

    @Test
    void ignoresATrailingSlash() {
        assertEquals("pong", client.get("/ping/").text());
        assertEquals("hi", client.get("/echo/hi/").text());
    }

    @Test
    void answersUnknownPathsWith404ProblemDetails() {
        Reply reply = client.get("/nowhere");
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("Not Found", reply.json().get("title").asString());
        assertEquals(404, reply.json().get("status").asInt());
        assertEquals("no route for GET /nowhere", reply.json().get("detail").asString());
    }

    @Test
    void answersAnotherMethodOnAKnownPathWith405AndAllow() {
        Reply reply = client.send("POST", "/ping", "text/plain", new byte[0]);
        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals("application/problem+json", reply.header("Content-Type"));

        Reply items = client.send("PUT", "/api/items", "application/json", "{}".getBytes());
        assertEquals("GET, HEAD, POST, OPTIONS", items.header("Allow"));
    }

    @Test
    void answersOptionsWithAllow() {
        Reply reply = client.send("OPTIONS", "/api/items/3", null, null);
        assertEquals(204, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals(404, client.send("OPTIONS", "/nowhere", null, null).status());
    }

    @Test
    void servesHeadFromTheGetRouteWithoutABody() {
        Reply reply = client.send("HEAD", "/ping", null, null);
        assertEquals(200, reply.status());
        assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
        assertEquals(0, reply.body().length);
    }

    @Test
    void runsTheRestOfACrudApi() {
        Reply created = client.send("POST", "/api/items", "application/json", "{\"id\":5,\"name\":\"pot\",\"tags\":[\"clay\"]}".getBytes());
        assertEquals(201, created.status());
        assertEquals("/api/items/5", created.header("Location"));
        assertEquals("pot", client.get("/api/items/5").json().get("name").asString());
        assertEquals("vase", client.send("PATCH", "/api/items/5?name=vase", null, null).json().get("name").asString());
        assertEquals(204, client.send("DELETE", "/api/items/5", null, null).status());
        assertEquals(404, client.get("/api/items/5").status());
        assertNull(client.send("DELETE", "/api/items/5", null, null).header("Content-Type"));
    }

    @Test
    void listsItsRoutes() {
        Router router = TestApps.app();
        assertTrue(router.routes().contains("GET /api/items/{id} -> dev.kiln.http.router.fixtures.app.Items#find"), router.routes().toString());
    }
}
