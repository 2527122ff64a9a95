package dev.kiln.examples.minimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.http.core.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MinimalAppTest {

    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = HttpServer.builder().listen("127.0.0.1", 0).handler(MinimalApp::handle).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersPingAndHello() throws Exception {
        assertEquals("pong", send("GET", "/ping").body());
        assertEquals("Hello, Ada Lovelace!\n", send("GET", "/hello?name=Ada+Lovelace").body());
        assertEquals("Hello, world!\n", send("GET", "/hello").body());
    }

    @Test
    void answersOtherPathsWith404AndOtherMethodsWith405() throws Exception {
        assertEquals(404, send("GET", "/nowhere").statusCode());
        HttpResponse<String> post = send("POST", "/ping");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }
}
