package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.Method;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable();

    private void add(Method method, String template) {
        table.add(new Route(method, PathTemplate.parse(template), (request, path) -> null, template));
    }

    private String match(Method method, String path) {
        PathValues values = table.newValues();
        Route route = table.find(method, path, values);
        if (route == null) {
            return null;
        }
        StringBuilder found = new StringBuilder(route.source());
        for (int i = 0; i < route.template().parameterNames().size(); i++) {
            found.append(' ').append(route.template().parameterNames().get(i)).append('=').append(values.get(i));
        }
        return found.toString();
    }

    @Test
    void staticSegmentBeatsParameterWhichBeatsWildcard() {
        add(Method.GET, "/files/{*rest}");
        add(Method.GET, "/files/{name}");
        add(Method.GET, "/files/readme");
        assertEquals("/files/readme", match(Method.GET, "/files/readme"));
        assertEquals("/files/{name} name=other", match(Method.GET, "/files/other"));
        assertEquals("/files/{*rest} rest=a/b/c", match(Method.GET, "/files/a/b/c"));
    }

    @Test
    void backtracksFromAStaticBranchThatLeadsNowhere() {
        add(Method.GET, "/a/b/c");
        add(Method.GET, "/a/{x}/d");
        assertEquals("/a/{x}/d x=b", match(Method.GET, "/a/b/d"));
        assertEquals("/a/b/c", match(Method.GET, "/a/b/c"));
    }

    @Test
    void ignoresOneTrailingSlashOnTheRequestPath() {
        add(Method.GET, "/users");
        add(Method.GET, "/");
        assertEquals("/users", match(Method.GET, "/users/"));
        assertEquals("/users", match(Method.GET, "/users"));
        assertEquals("/", match(Method.GET, "/"));
        assertNull(match(Method.GET, "/users//x"));
    }

    @Test
    void wildcardMatchesZeroSegmentsAndKeepsTheRawRest() {
        add(Method.GET, "/static/{*path}");
        assertEquals("/static/{*path} path=", match(Method.GET, "/static"));
        assertEquals("/static/{*path} path=", match(Method.GET, "/static/"));
        assertEquals("/static/{*path} path=css/a%20b.css", match(Method.GET, "/static/css/a%20b.css"));
        assertEquals("/static/{*path} path=docs/", match(Method.GET, "/static/docs/"));
    }

    @Test
    void parameterValuesArePercentDecodedPerSegment() {
        add(Method.GET, "/echo/{msg}");
        assertEquals("/echo/{msg} msg=a/b c", match(Method.GET, "/echo/a%2Fb%20c"));
        assertEquals("/echo/{msg} msg=ü", match(Method.GET, "/echo/%C3%BC"));
    }

    @Test
    void matchesAnEncodedStaticSegment() {
        add(Method.GET, "/ping");
        assertEquals("/ping", match(Method.GET, "/p%69ng"));
    }

    @Test
    void parameterNeverMatchesAnEmptySegment() {
        add(Method.GET, "/users/{id}/posts");
        assertNull(match(Method.GET, "/users//posts"));
    }

    @Test
    void differentlyNamedParametersCanShareAPositionOnDifferentPaths() {
        add(Method.GET, "/a/{x}/b");
        add(Method.GET, "/a/{y}/c");
        assertEquals("/a/{x}/b x=1", match(Method.GET, "/a/1/b"));
        assertEquals("/a/{y}/c y=2", match(Method.GET, "/a/2/c"));
    }

    @Test
    void rejectsTheSameRouteTwiceNamingBoth() {
        add(Method.GET, "/same");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> table.add(new Route(Method.GET, PathTemplate.parse("/same"), (request, path) -> null, "Other#same")));
        assertEquals("the same route: GET /same (/same) and GET /same (Other#same)", error.getMessage());
    }

    @Test
    void rejectsAmbiguousParameterRoutes() {
        add(Method.GET, "/users/{id}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> table.add(new Route(Method.GET, PathTemplate.parse("/users/{name}"), (request, path) -> null, "Users#byName")));
        assertTrue(error.getMessage().startsWith("ambiguous routes: GET /users/{id}"), error.getMessage());
        assertTrue(error.getMessage().contains("Users#byName"), error.getMessage());
    }

    @Test
    void sameTemplateWithAnotherMethodIsNoClash() {
        add(Method.GET, "/items/{id}");
        add(Method.DELETE, "/items/{id}");
        assertEquals(EnumSet.of(Method.GET, Method.DELETE), table.allowedMethods("/items/3"));
    }

    @Test
    void allowedMethodsUnionsEveryMatchingRoute() {
        add(Method.GET, "/users/me");
        add(Method.POST, "/users/{id}");
        add(Method.PUT, "/users/{*rest}");
        assertEquals(Set.of(Method.GET, Method.POST, Method.PUT), table.allowedMethods("/users/me"));
        assertEquals("/users/{id} id=me", match(Method.POST, "/users/me"));
        assertEquals(Set.of(), table.allowedMethods("/nothing"));
    }

    @Test
    void rejectsMalformedTemplates() {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("no-slash"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a//b"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{*rest}/b"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{id}/{id}"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/x{id}"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{1x}"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/../b"));
    }

    @Test
    void joinsPrefixesAndPaths() {
        assertEquals("/api/users", PathTemplate.join("/api", "/users"));
        assertEquals("/api/users", PathTemplate.join("/api/", "users"));
        assertEquals("/api", PathTemplate.join("/api", ""));
        assertEquals("/x", PathTemplate.join("", "/x"));
        assertEquals("/", PathTemplate.join("/", "/"));
    }
}
