package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class BodyBindingTest {

    @RegisterExtension
    static final Client client = Client.perClass(TestApps::app);

    @Test
    void bindsAFormAndJsonIntoTheSameRecord() {
        Reply form = client.post("/bodies/credentials", "application/x-www-form-urlencoded",
                "user=ann+lee&password=p%26ss&remember=true&csrf=ignored");
        Reply json = client.post("/bodies/credentials", "application/json; charset=utf-8",
                "{\"user\":\"ann lee\",\"password\":\"p&ss\",\"remember\":true}");
        assertEquals("ann lee|p&ss|true", form.text());
        assertEquals(form.text(), json.text());
    }

    @Test
    void bindsACheckedHtmlCheckboxAsTrueAndAnUncheckedOneAsFalse() {
        assertEquals("ann|x|true", client.post("/bodies/credentials", "application/x-www-form-urlencoded", "user=ann&password=x&remember=on").text());
        assertEquals("ann|x|false", client.post("/bodies/credentials", "application/x-www-form-urlencoded", "user=ann&password=x").text());
    }

    @Test
    void bindsTheTextFieldsOfAMultipartFormIntoARecord() {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nann\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nsecret\r\n--xyz--\r\n";
        assertEquals("ann|secret|false", client.post("/bodies/credentials", "multipart/form-data; boundary=xyz", body).text());
    }

    @Test
    void loginSetsASessionCookieFromAFormPost() {
        Reply reply = client.post("/login", "application/x-www-form-urlencoded", "user=ann&password=secret");
        assertEquals(303, reply.status());
        assertEquals("/welcome", reply.header("Location"));
        assertEquals("session=s-ann; Path=/; HttpOnly; SameSite=Lax", reply.header("Set-Cookie"));
    }

    @Test
    void rejectsAFormValueOfTheWrongTypeNamingTheField() {
        Reply reply = client.post("/bodies/credentials", "application/x-www-form-urlencoded", "user=ann&remember=perhaps");
        assertEquals(400, reply.status());
        JsonNode problem = reply.json();
        assertEquals("urn:kiln:problem:invalid-body", problem.get("type").asString());
        assertEquals("remember", problem.get("field").asString());
        assertEquals("/remember", problem.get("pointer").asString());
        assertEquals("field 'remember': 'perhaps' is not a valid boolean (true or false)", problem.get("detail").asString());
        assertFalse(problem.has("line"), "a form has no line");
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        Reply reply = client.post("/bodies/credentials", "application/json", "{\n  \"user\": \"ann\",\n  \"password\" \"x\"\n}");
        assertEquals(400, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonNode problem = reply.json();
        assertEquals("urn:kiln:problem:malformed-json", problem.get("type").asString());
        assertEquals("Malformed JSON", problem.get("title").asString());
        assertEquals(3, problem.get("line").asInt());
        assertEquals(14, problem.get("column").asInt());
        assertTrue(problem.get("detail").asString().startsWith("the body is not valid JSON: "), problem.toString());
    }

    @Test
    void rejectsAJsonFieldOfTheWrongTypeNamingTheNestedField() {
        Reply reply = client.post("/bodies/order", "application/json",
                "{\"customer\":\"c\",\"lines\":[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"quantity\":\"many\"}]}");
        assertEquals(400, reply.status());
        JsonNode problem = reply.json();
        assertEquals("lines[1].quantity", problem.get("field").asString());
        assertEquals("/lines/1/quantity", problem.get("pointer").asString());
        assertEquals("field 'lines[1].quantity': 'many' is not a valid integer", problem.get("detail").asString());
        assertEquals(1, problem.get("line").asInt());
        assertFalse(problem.toString().contains("java."), "no Java class names: " + problem);
    }

    @Test
    void rejectsAnEmptyJsonBody() {
        Reply reply = client.post("/bodies/credentials", "application/json", "");
        assertEquals(400, reply.status());
        assertEquals("the request body is empty", reply.json().get("detail").asString());
    }

    @Test
    void bindsAGenericListFromJson() {
        Reply reply = client.post("/bodies/items", "application/json", "[{\"id\":1,\"name\":\"a\",\"tags\":[]}]");
        assertEquals("[{\"id\":1,\"name\":\"a\",\"tags\":[]}]", reply.text());
    }

    @Test
    void answersAnUnsupportedContentTypeWith415() {
        Reply reply = client.post("/bodies/credentials", "text/plain", "user=ann");
        assertEquals(415, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("Content-Type 'text/plain' is not supported here; this route reads application/json, "
                + "application/x-www-form-urlencoded or multipart/form-data", reply.json().get("detail").asString());
        assertEquals(415, client.send("POST", "/bodies/credentials", null, "{}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(415, client.post("/bodies/form", "application/json", "{}").status());
    }

    @Test
    void bindsRawBodies() {
        assertEquals("text:héllo", client.post("/bodies/text", "text/plain; charset=utf-8", "héllo").text());
        assertEquals("bytes:3", client.send("POST", "/bodies/bytes", "application/octet-stream", new byte[] {1, 2, 3}).text());
        assertEquals("stream:abc", client.send("PUT", "/bodies/stream", "application/octet-stream", "abc".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("form:{a=[1, 2], b=[x y]}", client.post("/bodies/form", "application/x-www-form-urlencoded", "a=1&a=2&b=x+y").text());
    }

    @Test
    void appliesTheRouteBodyLimit() {
        assertEquals("small:0123456789abcdef", client.post("/bodies/small", "text/plain", "0123456789abcdef").text());
        Reply reply = client.post("/bodies/small", "text/plain", "0123456789abcdefg");
        assertEquals(413, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
    }

    @Test
    void answers413NotA400WhenAJsonBodyIsOverTheRouteLimit() {
        assertEquals(200, client.post("/bodies/small-json", "application/json", "{\"user\":\"a\",\"password\":\"b\"}").status());
        Reply reply = client.post("/bodies/small-json", "application/json", "{\"user\":\"" + "a".repeat(100) + "\",\"password\":\"b\"}");
        assertEquals(413, reply.status());
    }
}
