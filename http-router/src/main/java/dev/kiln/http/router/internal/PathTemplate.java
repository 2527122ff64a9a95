package dev.kiln.http.router.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed route path template: static segments, {@code {name}} parameters, and an optional last
 * {@code {*name}} wildcard. A trailing slash is dropped ({@code /users/} is {@code /users}), because
 * matching ignores one trailing slash on the request path.
 *
 * @param text the normalized template, e.g. {@code /users/{id}}
 * @param segments the segments, none for the root {@code /}
 * @param parameterNames the parameter names in path order, the wildcard's last
 */
public record PathTemplate(String text, List<Segment> segments, List<String> parameterNames) {

    /** What a segment matches. */
    public enum Kind {
        /** Exactly its text. */
        STATIC,
        /** Any one non-empty segment. */
        PARAM,
        /** The rest of the path, zero or more segments. */
        WILDCARD
    }

    /**
     * One segment of a template.
     *
     * @param kind what it matches
     * @param text the literal text, or the parameter name
     */
    public record Segment(Kind kind, String text) {
    }

    /**
     * Parses a template.
     *
     * @param template e.g. {@code /files/{name}} or {@code /static/{*path}}
     * @return the parsed template
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': '" + template + "'");
        }
        String body = template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
        List<Segment> segments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (body.length() > 1) {
            String[] parts = body.substring(1).split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("path template has an empty segment: '" + template + "'");
                }
                Segment segment = segment(template, part);
                if (segment.kind() == Kind.WILDCARD && i != parts.length - 1) {
                    throw new IllegalArgumentException("wildcard {*" + segment.text() + "} must be the last segment: '" + template + "'");
                }
                if (segment.kind() != Kind.STATIC && names.contains(segment.text())) {
                    throw new IllegalArgumentException("path parameter '" + segment.text() + "' appears twice: '" + template + "'");
                }
                if (segment.kind() != Kind.STATIC) {
                    names.add(segment.text());
                }
                segments.add(segment);
            }
        }
        return new PathTemplate(body, List.copyOf(segments), List.copyOf(names));
    }

    /**
     * Joins a class prefix and a method template.
     *
     * @param prefix e.g. {@code /api}, or empty
     * @param path e.g. {@code /users}, or empty
     * @return the joined template text
     */
    public static String join(String prefix, String path) {
        String left = prefix == null ? "" : prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String right = path == null || path.isEmpty() ? "" : path.startsWith("/") ? path : "/" + path;
        String joined = left + right;
        return joined.isEmpty() ? "/" : joined;
    }

    /**
     * Returns whether the template ends with a wildcard.
     *
     * @return whether it does
     */
    public boolean hasWildcard() {
        return !segments.isEmpty() && segments.getLast().kind() == Kind.WILDCARD;
    }

    private static boolean isIdentifierPart(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Segment segment(String template, String part) {
        if (part.startsWith("{") && part.endsWith("}")) {
            boolean wildcard = part.startsWith("{*");
            String name = part.substring(wildcard ? 2 : 1, part.length() - 1);
            if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                    || !isIdentifierPart(name)) {
                throw new IllegalArgumentException("path parameter name '" + name + "' is not an identifier: '" + template + "'");
            }
            return new Segment(wildcard ? Kind.WILDCARD : Kind.PARAM, name);
        }
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a path parameter must be a whole segment, like /{id}: '" + template + "'");
        }
        if (part.equals(".") || part.equals("..")) {
            throw new IllegalArgumentException("path template has a dot segment: '" + template + "'");
        }
        return new Segment(Kind.STATIC, part);
    }

    @Override
    public String toString() {
        return text;
    }
}
