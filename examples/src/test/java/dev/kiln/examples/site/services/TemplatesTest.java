package dev.kiln.examples.site.services;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void escapesUserSuppliedTextInTheWelcomePage() {
        String html = templates.render("welcome", Map.of("name", "<script>alert(\"x\")</script>&", "loggedIn", false));
        assertTrue(html.contains("Welcome, &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;!"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void escapesAttributeValuesInTheLoginForm() {
        String html = templates.render("login", Map.of("error", "", "username", "\"><img src=x>", "demo", true));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;img src=x&gt;\""), html);
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("class=\"error\""));
    }

    @Test
    void rendersTheLayoutAroundAPage() {
        String html = templates.render("login", Map.of("error", "wrong username or password", "username", "", "demo", false));
        assertTrue(html.startsWith("<!doctype html>"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/styles.css\">"));
        assertTrue(html.contains("<p class=\"error\" role=\"alert\">wrong username or password</p>"));
        assertFalse(html.contains("Demo credentials"));
    }
}
