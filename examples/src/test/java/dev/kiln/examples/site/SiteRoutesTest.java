package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every route of the site except files and streaming, over real sockets. */
class SiteRoutesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final TestSite site = TestSite.perClass(1024 * 1024);

    private static String sessionCookie(HttpResponse<?> response) {
        String setCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("kiln_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void pingAnswersPongAsPlainText() throws Exception {
        HttpResponse<String> response = site.get("/ping");
        assertEquals(200, response.statusCode());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("pong", response.body());
    }

    @Test
    void homePageLinksToTheOtherPages() throws Exception {
        HttpResponse<String> response = site.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        for (String link : List.of("href=\"/hello\"", "href=\"/login\"", "href=\"/welcome", "href=\"/ping\"")) {
            assertTrue(response.body().contains(link), "home page links " + link);
        }
    }

    @Test
    void helloIsTheAboutPage() throws Exception {
        HttpResponse<String> response = site.get("/hello");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("<h1>About</h1>"));
    }

    @Test
    void loginPageIsAFormPostingUsernameAndPassword() throws Exception {
        HttpResponse<String> response = site.get("/login");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("<form method=\"post\" action=\"/login\">"));
        assertTrue(response.body().contains("name=\"username\""));
        assertTrue(response.body().contains("name=\"password\" type=\"password\""));
    }

    @Test
    void formLoginWithTheRightCredentialsShowsTheWelcomePageAndSetsASessionCookie() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/x-www-form-urlencoded",
                "username=admin&password=secret");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("Welcome, admin!"), response.body());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("kiln_session=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure flag over plain HTTP: " + cookie);
    }

    @Test
    void formLoginWithAWrongPasswordIs401WithTheFormAgain() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/x-www-form-urlencoded",
                "username=admin&password=guess");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("wrong username or password"));
        assertTrue(response.body().contains("<form method=\"post\" action=\"/login\">"));
        assertTrue(response.body().contains("value=\"admin\""), "the name is kept in the form");
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void jsonLoginWithTheRightCredentialsAnswersTheUserAndOk() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/json",
                "{\"username\": \"admin\", \"password\": \"secret\"}");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("admin", body.get("user").asString());
        assertTrue(body.get("ok").asBoolean());
        assertNotNull(sessionCookie(response));
    }

    @Test
    void jsonLoginWithAWrongPasswordIs401WithAJsonError() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/json",
                "{\"username\": \"admin\", \"password\": \"nope\"}");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertFalse(body.get("ok").asBoolean());
        assertEquals("wrong username or password", body.get("error").asString());
    }

    @Test
    void malformedJsonLoginIs400ProblemJson() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/json", "{\"username\": \"admin\", ");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(400, problem.get("status").asInt());
    }

    @Test
    void loginWithoutAPasswordIs400() throws Exception {
        HttpResponse<String> response = site.post("/login", "application/x-www-form-urlencoded", "username=admin");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("password"), response.body());
    }

    @Test
    void welcomeGreetsTheLoggedInUserFromTheSessionCookie() throws Exception {
        HttpResponse<String> login = site.post("/login", "application/json",
                "{\"username\": \"admin\", \"password\": \"secret\"}");
        HttpResponse<String> response = site.get("/welcome?name=someone", "Cookie", sessionCookie(login));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Welcome, admin!"), response.body());
        assertTrue(response.body().contains("You are logged in."));
    }

    @Test
    void welcomeGreetsTheQueryNameHtmlEscapedWhenNobodyIsLoggedIn() throws Exception {
        HttpResponse<String> response = site.get("/welcome?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "Cookie", "kiln_session=not-a-session");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("Welcome, &lt;script&gt;alert(1)&lt;/script&gt;!"), response.body());
        assertFalse(response.body().contains("<script>"));
        assertTrue(response.body().contains("You are not logged in."));
    }

    @Test
    void welcomeGreetsAGuestWithoutNameOrSession() throws Exception {
        assertTrue(site.get("/welcome").body().contains("Welcome, guest!"));
    }

    @Test
    void logoutEndsTheSessionAndRemovesTheCookie() throws Exception {
        String cookie = sessionCookie(site.post("/login", "application/json",
                "{\"username\": \"admin\", \"password\": \"secret\"}"));
        HttpResponse<String> logout = site.client.send(site.request("/logout").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, logout.statusCode());
        assertEquals("/login", logout.headers().firstValue("Location").orElseThrow());
        assertTrue(logout.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertTrue(site.get("/welcome", "Cookie", cookie).body().contains("Welcome, guest!"));
    }

    @Test
    void echoAnswersTheDecodedSegmentAsPlainText() throws Exception {
        HttpResponse<String> response = site.get("/echo/hello%20kiln");
        assertEquals(200, response.statusCode());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("hello kiln", response.body());
    }

    @Test
    void echoIsGzippedWhenTheClientAcceptsGzip() throws Exception {
        HttpResponse<byte[]> response = site.client.send(site.request("/echo/squeeze-me")
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertEquals("squeeze-me", new String(gunzip.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(site.get("/echo/plain").headers().firstValue("Content-Encoding").isEmpty(),
                "no gzip for a client that did not ask");
    }

    @Test
    void userAgentAnswersTheClientsUserAgent() throws Exception {
        HttpResponse<String> response = site.get("/user-agent", "User-Agent", "KilnTest/1.0 (like curl)");
        assertEquals(200, response.statusCode());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("KilnTest/1.0 (like curl)", response.body());
    }

    @Test
    void stylesheetIsServedAsCssWithAnETagAndA304WhenUnchanged() throws Exception {
        HttpResponse<String> response = site.get("/styles.css");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(response.body().contains("--accent"));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.get("/styles.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void unknownPathIs404() throws Exception {
        assertEquals(404, site.get("/no-such-page").statusCode());
    }
}
