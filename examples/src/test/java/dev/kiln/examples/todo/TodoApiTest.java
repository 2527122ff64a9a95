package dev.kiln.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The todo JSON API over real sockets, one fresh app per test. */
class TodoApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void start() {
        server = HttpServer.builder().listen("127.0.0.1", 0).handler(TodoApp.router()).accessLog(false).build().start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofMillis(100));
        client.close();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertEquals(status, problem.get("status").asInt());
        if (field != null) {
            assertEquals(field, problem.get("field").asString(), response.body());
        }
    }

    @Test
    void createsAnItemWith201AndItsLocation() throws Exception {
        HttpResponse<String> created = send("POST", "/todos", "{\"title\": \"try Kiln\"}");
        assertEquals(201, created.statusCode());
        assertEquals("/todos/1", created.headers().firstValue("Location").orElseThrow());
        assertTrue(created.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(JSON.readTree("{\"id\": 1, \"title\": \"try Kiln\", \"done\": false}"), json(created));

        HttpResponse<String> fetched = send("GET", "/todos/1", null);
        assertEquals(200, fetched.statusCode());
        assertEquals(json(created), json(fetched));
    }

    @Test
    void listsItemsFilteredByStateAndLimited() throws Exception {
        send("POST", "/todos", "{\"title\": \"a\"}");
        send("POST", "/todos", "{\"title\": \"b\", \"done\": true}");
        send("POST", "/todos", "{\"title\": \"c\"}");
        assertEquals(3, json(send("GET", "/todos", null)).size());
        JsonNode open = json(send("GET", "/todos?done=false", null));
        assertEquals(2, open.size());
        assertEquals("c", open.get(1).get("title").asString());
        assertEquals(1, json(send("GET", "/todos?limit=1", null)).size());
    }

    @Test
    void replacesAndPatchesAnItem() throws Exception {
        send("POST", "/todos", "{\"title\": \"draft\"}");
        HttpResponse<String> replaced = send("PUT", "/todos/1", "{\"title\": \"final\", \"done\": false}");
        assertEquals(200, replaced.statusCode());
        assertEquals("final", json(replaced).get("title").asString());
        HttpResponse<String> patched = send("PATCH", "/todos/1", "{\"done\": true}");
        assertEquals(200, patched.statusCode());
        assertEquals(JSON.readTree("{\"id\": 1, \"title\": \"final\", \"done\": true}"), json(patched));
    }

    @Test
    void deletesAnItemWith204() throws Exception {
        send("POST", "/todos", "{\"title\": \"gone soon\"}");
        HttpResponse<String> deleted = send("DELETE", "/todos/1", null);
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertProblem(send("GET", "/todos/1", null), 404, null);
    }

    @Test
    void answersUnknownIdsWith404() throws Exception {
        HttpResponse<String> missing = send("GET", "/todos/42", null);
        assertProblem(missing, 404, null);
        assertTrue(json(missing).get("detail").asString().contains("42"));
        assertProblem(send("PUT", "/todos/42", "{\"title\": \"x\", \"done\": true}"), 404, null);
        assertProblem(send("DELETE", "/todos/42", null), 404, null);
    }

    @Test
    void answersRuleBreakingBodiesWith400ProblemsNamingTheField() throws Exception {
        assertProblem(send("POST", "/todos", "{\"title\": \"   \"}"), 400, "title");
        assertProblem(send("POST", "/todos", "{}"), 400, "title");
        assertProblem(send("POST", "/todos", "{\"title\": \"" + "x".repeat(201) + "\"}"), 400, "title");
        send("POST", "/todos", "{\"title\": \"a\"}");
        assertProblem(send("PUT", "/todos/1", "{\"title\": \"b\"}"), 400, "done");
        assertProblem(send("GET", "/todos?limit=0", null), 400, "limit");
    }

    @Test
    void answersMalformedJsonAndWrongTypesWith400Problems() throws Exception {
        assertProblem(send("POST", "/todos", "{\"title\": "), 400, null);
        assertProblem(send("POST", "/todos", "{\"title\": \"a\", \"done\": \"maybe\"}"), 400, null);
    }

    @Test
    void answersABadIdOrQueryValueWith400() throws Exception {
        assertEquals(400, send("GET", "/todos/abc", null).statusCode());
        assertEquals(400, send("GET", "/todos?done=perhaps", null).statusCode());
    }
}
