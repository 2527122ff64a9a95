package dev.kiln.examples.site.services;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the site's HTML templates ({@code templates/*.peb} on the class path) with Pebble.
 *
 * <p>Every {@code {{ expression }}} is HTML-escaped (auto-escaping with the {@code html}
 * strategy), so user-supplied values can be put in a page as they are; an unknown variable is an
 * error rather than an empty string. Templates are compiled once and cached. Thread-safe.
 */
public final class Templates {

    private final PebbleEngine engine;

    /** Creates the renderer. */
    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(false)
                .build();
    }

    /**
     * Compiles the site's templates now rather than on their first request.
     *
     * @throws io.pebbletemplates.pebble.error.PebbleException when a template is missing or invalid
     */
    public void compileAll() {
        for (String name : new String[] {"layout", "login", "welcome"}) {
            engine.getTemplate(name);
        }
    }

    /**
     * Renders a template.
     *
     * @param name the template's name without folder and suffix, e.g. {@code welcome}
     * @param model the variables the template uses
     * @return the HTML
     * @throws io.pebbletemplates.pebble.error.PebbleException when the template is missing or fails
     */
    public String render(String name, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) model;
            engine.getTemplate(name).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render template " + name, e);
        }
        return out.toString();
    }
}
