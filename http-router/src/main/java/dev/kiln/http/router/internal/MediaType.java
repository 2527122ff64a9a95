package dev.kiln.http.router.internal;

import java.util.Locale;

/** Reads the parts of a {@code Content-Type} value that binding needs (RFC 9110 §8.3.1). */
public final class MediaType {

    /** {@code application/json}. */
    public static final String JSON = "application/json";
    /** {@code application/x-www-form-urlencoded}. */
    public static final String FORM = "application/x-www-form-urlencoded";
    /** {@code multipart/form-data}. */
    public static final String MULTIPART = "multipart/form-data";

    private MediaType() {
    }

    /**
     * Returns the type/subtype without parameters, lower-cased.
     *
     * @param contentType a {@code Content-Type} value, or {@code null}
     * @return e.g. {@code application/json}, or {@code null} when absent or empty
     */
    public static String essence(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String essence = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return essence.isEmpty() ? null : essence;
    }

    /**
     * Returns whether a media type is JSON: {@code application/json} or {@code application/*+json}.
     *
     * @param essence a type from {@link #essence(String)}
     * @return whether it is JSON
     */
    public static boolean isJson(String essence) {
        return JSON.equals(essence) || essence != null && essence.startsWith("application/") && essence.endsWith("+json");
    }

    /**
     * Returns a parameter of a {@code Content-Type} value, unquoted.
     *
     * @param contentType the header value
     * @param name the parameter name, case-insensitive
     * @return the value, or {@code null} when absent
     */
    public static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).strip().equalsIgnoreCase(name)) {
                String value = part.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }
}
