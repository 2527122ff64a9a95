package dev.kiln.http.router.internal;

import java.util.List;

/**
 * The values a route's path template captured, in template order. A {@code {name}} value is
 * percent-decoded; a {@code {*wildcard}} value is kept raw (still percent-encoded, so that code that
 * maps it to files can decode segment by segment) and decoded by {@link #get(String)}.
 * Not thread-safe; one per request.
 */
public final class PathValues {

    private final String[] values;
    private int size;
    private PathTemplate template;

    /**
     * Creates an empty capture.
     *
     * @param capacity the most values any route captures
     */
    public PathValues(int capacity) {
        this.values = new String[capacity];
    }

    void push(String value) {
        values[size++] = value;
    }

    int size() {
        return size;
    }

    void truncate(int newSize) {
        size = newSize;
    }

    void matched(PathTemplate template) {
        this.template = template;
    }

    /**
     * Returns the value at a position among the template's parameters, as captured.
     *
     * @param index the parameter's position
     * @return the value (raw for a wildcard)
     */
    public String get(int index) {
        return values[index];
    }

    /**
     * Returns the decoded value of a named parameter.
     *
     * @param name the parameter name
     * @return the value, or {@code null} when the matched route has no such parameter
     */
    public String get(String name) {
        if (template == null) {
            return null;
        }
        List<String> names = template.parameterNames();
        int index = names.indexOf(name);
        if (index < 0) {
            return null;
        }
        boolean wildcard = template.hasWildcard() && index == names.size() - 1;
        return wildcard ? PercentDecoder.decode(values[index]) : values[index];
    }
}
