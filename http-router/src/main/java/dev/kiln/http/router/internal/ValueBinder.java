package dev.kiln.http.router.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a path, query, header or cookie value: required, {@code Optional<T>}, or {@code List<T>}.
 *
 * @param source where the value comes from
 * @param name the parameter, header or cookie name
 * @param pathIndex for a path value, its position among the template's parameters
 * @param wildcard whether a path value is the template's wildcard (kept raw in the capture)
 * @param shape required, optional or list
 * @param converter converts each string
 */
public record ValueBinder(Source source, String name, int pathIndex, boolean wildcard, Shape shape, ValueConverter converter)
        implements ParameterBinder {

    /** Where a value comes from. */
    public enum Source {
        /** A path template parameter. */
        PATH("path", "path parameter"),
        /** A query-string parameter. */
        QUERY("query", "query parameter"),
        /** A request header. */
        HEADER("header", "header"),
        /** A cookie. */
        COOKIE("cookie", "cookie");

        private final String in;
        private final String label;

        Source(String in, String label) {
            this.in = in;
            this.label = label;
        }
    }

    /** How many values the parameter takes. */
    public enum Shape {
        /** Exactly one; missing is an error. */
        REQUIRED,
        /** {@code Optional<T>}: zero or one. */
        OPTIONAL,
        /** {@code List<T>}: every value, possibly none. */
        LIST
    }

    @Override
    public Object bind(Request request, PathValues path) {
        return switch (shape) {
            case REQUIRED -> {
                String value = first(request, path);
                if (value == null) {
                    throw BindingException.parameter(source.in, name, "missing " + source.label + " '" + name + "'", null);
                }
                yield convert(value);
            }
            case OPTIONAL -> {
                String value = first(request, path);
                yield value == null ? Optional.empty() : Optional.of(convert(value));
            }
            case LIST -> {
                List<String> values = all(request);
                List<Object> converted = new ArrayList<>(values.size());
                for (String value : values) {
                    converted.add(convert(value));
                }
                yield List.copyOf(converted);
            }
        };
    }

    private Object convert(String value) {
        try {
            return converter.convert(value);
        } catch (RuntimeException e) {
            throw BindingException.parameter(source.in, name,
                    source.label + " '" + name + "' must be " + converter.expected() + ", was '" + shorten(value) + "'", e);
        }
    }

    private String first(Request request, PathValues path) {
        return switch (source) {
            case PATH -> wildcard ? PercentDecoder.decode(path.get(pathIndex)) : path.get(pathIndex);
            case QUERY -> request.queryParams().first(name).orElse(null);
            case HEADER -> request.header(name);
            case COOKIE -> CookieParser.find(request.headers().all(HeaderNames.COOKIE), name);
        };
    }

    private List<String> all(Request request) {
        return switch (source) {
            case QUERY -> request.queryParams().all(name);
            case HEADER -> request.headers().all(name);
            default -> throw new IllegalStateException("no list binding from " + source);
        };
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
