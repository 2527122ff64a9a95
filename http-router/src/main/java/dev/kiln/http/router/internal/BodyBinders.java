package dev.kiln.http.router.internal;

import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.MultipartForm;
import dev.kiln.http.router.MultipartLimits;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The binders of {@code @Body} parameters, one per kind of target type. */
public final class BodyBinders {

    private BodyBinders() {
    }

    /**
     * Returns the binder for a body parameter type.
     *
     * @param rawType the parameter's class
     * @param genericType the parameter's generic type
     * @param mapper the router's object mapper, fetched on first use
     * @param multipartLimits limits for multipart bodies
     * @return the binder
     */
    public static ParameterBinder forType(Class<?> rawType, Type genericType, Json mapper, MultipartLimits multipartLimits) {
        if (rawType == String.class) {
            return new RawBody(RawBody.TEXT, null);
        }
        if (rawType == byte[].class) {
            return new RawBody(RawBody.BYTES, null);
        }
        if (rawType == InputStream.class) {
            return new RawBody(RawBody.STREAM, null);
        }
        if (rawType == Parameters.class) {
            return new RawBody(RawBody.FORM, null);
        }
        if (rawType == MultipartForm.class) {
            return new RawBody(RawBody.MULTIPART, multipartLimits);
        }
        return new ObjectBody(mapper, genericType, multipartLimits);
    }

    /**
     * The body as text, bytes, a stream, form parameters or a multipart form. (A class rather than a
     * lambda per kind: each lambda would be a class spun at build time, while the JVM is cold.)
     */
    private static final class RawBody implements ParameterBinder {
        static final int TEXT = 0;
        static final int BYTES = 1;
        static final int STREAM = 2;
        static final int FORM = 3;
        static final int MULTIPART = 4;

        private final int kind;
        private final MultipartLimits multipartLimits;

        RawBody(int kind, MultipartLimits multipartLimits) {
            this.kind = kind;
            this.multipartLimits = multipartLimits;
        }

        @Override
        public Object bind(Request request, PathValues path) throws Exception {
            return switch (kind) {
                case TEXT -> request.text();
                case BYTES -> request.bytes();
                case STREAM -> request.body();
                case FORM -> {
                    requireType(request, MediaType.FORM);
                    yield request.form();
                }
                default -> {
                    requireType(request, MediaType.MULTIPART);
                    yield new StreamingMultipartForm(request.body(), request.contentType(), multipartLimits);
                }
            };
        }
    }

    private static void requireType(Request request, String expected) {
        String essence = MediaType.essence(request.contentType());
        if (!expected.equals(essence)) {
            throw unsupported(essence, expected);
        }
    }

    private static HttpException unsupported(String essence, String accepted) {
        String detail = essence == null
                ? "the request has no Content-Type; this route reads " + accepted
                : "Content-Type '" + essence + "' is not supported here; this route reads " + accepted;
        return new HttpException(Status.UNSUPPORTED_MEDIA_TYPE_415, detail);
    }

    /**
     * Binds JSON, a URL-encoded form or the text fields of a multipart form to one type, so that a
     * record serves both an HTML form and a JSON client. Form values are strings; Jackson coerces
     * them to numbers, booleans, enums and dates, and a repeated field becomes an array. A checked
     * HTML checkbox ({@code on}) binds to a boolean property as {@code true}.
     */
    private static final class ObjectBody implements ParameterBinder {
        private static final String ACCEPTED = "application/json, application/x-www-form-urlencoded or multipart/form-data";

        private final Json mapper;
        private final Type type;
        private final MultipartLimits multipartLimits;
        // Made on the first request: it holds every reference to Jackson's types, so that verifying this
        // class at build time loads none of them. Immutable, so a racy second creation is harmless.
        private volatile ObjectBodyReader reader;

        ObjectBody(Json mapper, Type type, MultipartLimits multipartLimits) {
            this.mapper = mapper;
            this.type = type;
            this.multipartLimits = multipartLimits;
        }

        @Override
        public Object bind(Request request, PathValues path) {
            ObjectBodyReader objects = reader;
            if (objects == null) {
                objects = new ObjectBodyReader(mapper, type);
                reader = objects;
            }
            String essence = MediaType.essence(request.contentType());
            if (MediaType.isJson(essence)) {
                return objects.readJson(request.body());
            }
            Parameters form;
            if (MediaType.FORM.equals(essence)) {
                form = request.form();
            } else if (MediaType.MULTIPART.equals(essence)) {
                form = new StreamingMultipartForm(request.body(), request.contentType(), multipartLimits).readFields();
            } else {
                throw unsupported(essence, ACCEPTED);
            }
            return objects.readForm(form);
        }
    }

    /** Reads a JSON body, or a form mapped onto the type, through the router's mapper. */
    private static final class ObjectBodyReader {
        private final Json mapper;
        private final Type type;
        // Made on first use: an ObjectReader builds its deserializer eagerly.
        // ObjectReader is immutable, so a racy second creation is harmless.
        private volatile ObjectReader jsonReader;
        private volatile ObjectReader formReader;
        private volatile Set<String> checkboxes;

        ObjectBodyReader(Json mapper, Type type) {
            this.mapper = mapper;
            this.type = type;
        }

        Object readJson(InputStream body) {
            try {
                return jsonReader().readValue(body);
            } catch (JacksonException e) {
                throw JsonBindingErrors.translate(e, "json");
            }
        }

        Object readForm(Parameters form) {
            try {
                return formReader().readValue(toTree(form));
            } catch (JacksonException e) {
                throw JsonBindingErrors.translate(e, "form");
            }
        }

        private JavaType javaType() {
            return mapper.get().getTypeFactory().constructType(type);
        }

        private ObjectReader jsonReader() {
            ObjectReader reader = jsonReader;
            if (reader == null) {
                reader = mapper.get().readerFor(javaType());
                jsonReader = reader;
            }
            return reader;
        }

        private ObjectReader formReader() {
            ObjectReader reader = formReader;
            if (reader == null) {
                reader = mapper.get().readerFor(javaType())
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
                formReader = reader;
            }
            return reader;
        }

        private ObjectNode toTree(Parameters form) {
            Set<String> booleans = checkboxes;
            if (booleans == null) {
                booleans = booleanProperties(ResultWriters.rawType(type));
                checkboxes = booleans;
            }
            ObjectNode tree = mapper.get().createObjectNode();
            for (Map.Entry<String, List<String>> field : form.asMap().entrySet()) {
                List<String> values = field.getValue();
                if (values.size() == 1) {
                    String value = values.getFirst();
                    // an HTML checkbox sends "on" when checked and nothing when not (HTML §4.10.5.1.15)
                    if (booleans.contains(field.getKey()) && value.equals("on")) {
                        tree.put(field.getKey(), true);
                    } else {
                        tree.put(field.getKey(), value);
                    }
                } else {
                    ArrayNode array = tree.putArray(field.getKey());
                    values.forEach(array::add);
                }
            }
            return tree;
        }

        /** The boolean components of a record, or boolean fields of a class, by name. */
        private static Set<String> booleanProperties(Class<?> type) {
            Set<String> names = new HashSet<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == boolean.class || component.getType() == Boolean.class) {
                        names.add(component.getName());
                    }
                }
            } else {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (field.getType() == boolean.class || field.getType() == Boolean.class) {
                            names.add(field.getName());
                        }
                    }
                }
            }
            return Set.copyOf(names);
        }
    }
}
