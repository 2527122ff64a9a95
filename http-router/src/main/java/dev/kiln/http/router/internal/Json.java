package dev.kiln.http.router.internal;

import java.util.function.Supplier;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The router's object mapper, made on first use when the user gave none: creating a Jackson mapper
 * is a large part of a cold start, and a router whose routes never touch JSON should not pay for it.
 * Thread-safe.
 */
public final class Json implements Supplier<ObjectMapper> {

    private final ObjectMapper given;
    private volatile ObjectMapper made;

    /**
     * Creates the holder.
     *
     * @param given the user's mapper, or {@code null} for a default {@code JsonMapper}
     */
    public Json(ObjectMapper given) {
        this.given = given;
    }

    /**
     * Returns the mapper, creating the default one on first call.
     *
     * @return the mapper
     */
    @Override
    public ObjectMapper get() {
        if (given != null) {
            return given;
        }
        ObjectMapper mapper = made;
        if (mapper == null) {
            // two threads may both build one; either is fine, they are equal and immutable
            mapper = JsonMapper.builder().build();
            made = mapper;
        }
        return mapper;
    }
}
