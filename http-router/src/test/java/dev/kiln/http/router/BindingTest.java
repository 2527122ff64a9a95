package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BindingTest {

    private static final String QUERY = "/types/query?count=3&flag=true&ratio=0.5&color=green&at=2026-01-31T12:00:00Z"
            + "&price=9.99&id=1&id=2&q=a+b&initial=k";
    @RegisterExtension
    static final Client client = Client.perClass(TestApps::app);

    @Test
    void bindsPathParametersOfEveryKind() {
        Reply reply = client.get("/types/path/42/RED/3f2504e0-4f89-11d3-9a0c-0305e82c3301/2026-02-28");
        assertEquals("42|RED|3f2504e0-4f89-11d3-9a0c-0305e82c3301|2026-02-28", reply.text());
    }

    @Test
    void decodesAPathParameterWithoutSplittingAtAnEncodedSlash() {
        assertEquals("segment=a/b c", client.get("/types/encoded/a%2Fb%20c").text());
    }

    @Test
    void bindsAWildcardAsTheDecodedRestOfThePath() {
        assertEquals("rest=a/b c/d", client.get("/types/rest/a/b%20c/d").text());
        assertEquals("rest=", client.get("/types/rest").text());
    }

    @Test
    void bindsQueryParametersOptionalAndRepeated() {
        assertEquals("3|true|0.5|GREEN|2026-01-31T12:00:00Z|9.99|Optional.empty|[1, 2]|a b|k", client.get(QUERY).text());
        assertEquals("3|true|0.5|GREEN|2026-01-31T12:00:00Z|9.99|Optional[7]|[1, 2]|a b|k", client.get(QUERY + "&page=7").text());
    }

    @Test
    void bindsHeadersWithNamesFromTheParameter() {
        Reply reply = client.get("/types/headers", "X-Count", "5", "X-Trace", "t-1", "X-Tag", "a", "X-Tag", "b");
        assertEquals("5|Optional[t-1]|[a, b]", reply.text());
        assertEquals("5|Optional.empty|[]", client.get("/types/headers", "x-count", "5").text());
        assertEquals("curl/8", client.get("/user-agent", "User-Agent", "curl/8").text());
    }

    @Test
    void bindsCookies() {
        assertEquals("abc|Optional[3]", client.get("/types/cookies", "Cookie", "theme=dark; session=abc; visits=3").text());
        assertEquals("q x|Optional.empty", client.get("/types/cookies", "Cookie", "session=\"q x\"").text());
    }

    @Test
    void passesTheRawRequest() {
        assertEquals("GET /types/request y", client.get("/types/request?x=y").text());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "count, x, an integer",
        "count, 99999999999, an integer",
        "flag, yes, true or false",
        "ratio, NaN, a number",
        "color, blue, 'one of [RED, GREEN]'",
        "at, yesterday, an ISO-8601 instant like 2026-01-31T12:00:00Z",
        "price, 1e, a decimal number",
        "page, two, an integer",
        "id, 1.5, an integer",
        "initial, kk, one character",
    })
    void rejectsAQueryValueThatDoesNotConvertNamingParameterAndValue(String name, String value, String expected) {
        Reply reply = client.get(QUERY.replace("?", "?" + name + "=" + value + "&"));
        assertEquals(400, reply.status(), reply.text());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonNode problem = reply.json();
        assertEquals("urn:kiln:problem:invalid-parameter", problem.get("type").asString());
        assertEquals("Invalid request parameter", problem.get("title").asString());
        assertEquals(400, problem.get("status").asInt());
        assertEquals(name, problem.get("parameter").asString());
        assertEquals("query", problem.get("in").asString());
        assertEquals("query parameter '" + name + "' must be " + expected + ", was '" + value + "'", problem.get("detail").asString());
    }

    @Test
    void rejectsAMissingRequiredQueryParameter() {
        Reply reply = client.get("/types/query?flag=true");
        assertEquals(400, reply.status());
        assertEquals("missing query parameter 'count'", reply.json().get("detail").asString());
        assertEquals("count", reply.json().get("parameter").asString());
    }

    @Test
    void rejectsABadPathValueNamingIt() {
        Reply reply = client.get("/types/path/x/RED/3f2504e0-4f89-11d3-9a0c-0305e82c3301/2026-02-28");
        assertEquals(400, reply.status());
        assertEquals("path parameter 'number' must be an integer, was 'x'", reply.json().get("detail").asString());
        assertEquals("path", reply.json().get("in").asString());
        assertEquals(400, client.get("/types/path/1/RED/not-a-uuid/2026-02-28").status());
        assertEquals("path parameter 'day' must be an ISO-8601 date like 2026-01-31, was '2026-02-30'",
                client.get("/types/path/1/RED/3f2504e0-4f89-11d3-9a0c-0305e82c3301/2026-02-30").json().get("detail").asString());
    }

    @Test
    void rejectsAMissingOrBadHeader() {
        assertEquals("missing header 'X-Count'", client.get("/types/headers").json().get("detail").asString());
        Reply bad = client.get("/types/headers", "X-Count", "many");
        assertEquals("header 'X-Count' must be an integer, was 'many'", bad.json().get("detail").asString());
        assertEquals("header", bad.json().get("in").asString());
    }

    @Test
    void rejectsAMissingOrBadCookie() {
        assertEquals("missing cookie 'session'", client.get("/types/cookies").json().get("detail").asString());
        Reply bad = client.get("/types/cookies", "Cookie", "session=a; visits=lots");
        assertEquals("cookie 'visits' must be an integer, was 'lots'", bad.json().get("detail").asString());
    }
}
