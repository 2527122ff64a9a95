package dev.kiln.http.router.internal;

import dev.kiln.http.core.HttpException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a Jackson failure while binding a body into a {@link BindingException} whose problem details
 * name the field ({@code field}, as {@code items[0].name}, and {@code pointer}, an RFC 6901 JSON
 * pointer) and, for JSON text, the {@code line} and {@code column}. The details never carry Java class
 * names.
 */
public final class JsonBindingErrors {

    private JsonBindingErrors() {
    }

    /**
     * Translates a failure.
     *
     * @param error what Jackson threw
     * @param in {@code "json"} or {@code "form"}: whether the position in the text means anything
     * @return the exception to throw: a {@link BindingException}, or the {@link HttpException} (e.g.
     *     413 from the body stream) Jackson was carrying
     */
    public static RuntimeException translate(JacksonException error, String in) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return http;
            }
        }
        List<JacksonException.Reference> path = error.getPath();
        String field = field(path);
        Map<String, Object> members = new LinkedHashMap<>();
        if (field != null) {
            members.put("field", field);
            members.put("pointer", pointer(path));
        }
        TokenStreamLocation location = error.getLocation();
        if ("json".equals(in) && location != null && location.getLineNr() > 0) {
            members.put("line", location.getLineNr());
            members.put("column", location.getColumnNr());
        }
        String where = field == null ? "" : "field '" + field + "': ";
        if (error instanceof StreamReadException && !(error instanceof MismatchedInputException)) {
            return new BindingException(Problems.MALFORMED_JSON, "Malformed JSON",
                    "the body is not valid JSON: " + firstLine(error.getOriginalMessage()), members, error);
        }
        String detail;
        if (error instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (error instanceof InvalidFormatException invalid) {
            detail = where + "'" + invalid.getValue() + "' is not a valid " + typeName(invalid.getTargetType());
        } else if (error instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            detail = where + "invalid value" + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : "");
        } else if (error instanceof MismatchedInputException mismatch) {
            String message = mismatch.getOriginalMessage();
            if (message != null && message.startsWith("No content to map")) {
                detail = "the request body is empty";
            } else if (mismatch.getTargetType() != null) {
                detail = where + "expected " + typeName(mismatch.getTargetType());
            } else {
                detail = where + "value does not fit the expected type";
            }
        } else {
            detail = where + "the body does not match the expected shape";
        }
        return new BindingException(Problems.INVALID_BODY, "Invalid request body", detail, members, error);
    }

    private static String field(List<JacksonException.Reference> path) {
        if (path.isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "ISO-8601 " + type.getSimpleName();
        }
        return "object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
