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
            return (request, path) -> request.text();
        }
        if (rawType == byte[].class) {
            return (request, path) -> request.bytes();
        }
        if (rawType == InputStream.class) {
            return (request, path) -> request.body();
        }
        if (rawType == Parameters.class) {
            return (request, path) -> {
                requireType(request, MediaType.FORM);
                return request.form();
            };
        }
        if (rawType == MultipartForm.class) {
            return (request, path) -> {
                requireType(request, MediaType.MULTIPART);
                return new StreamingMultipartForm(request.body(), request.contentType(), multipartLimits);
            };
        }
        return new ObjectBody(mapper, genericType, multipartLimits);
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
        // Made on first use: an ObjectReader builds its deserializer eagerly, which costs startup time.
        // ObjectReader is immutable, so a racy second creation is harmless.
        private volatile ObjectReader jsonReader;
        private volatile ObjectReader formReader;
        private volatile Set<String> checkboxes;

        ObjectBody(Json mapper, Type type, MultipartLimits multipartLimits) {
            this.mapper = mapper;
            this.type = type;
            this.multipartLimits = multipartLimits;
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

        @Override
        public Object bind(Request request, PathValues path) {
            String essence = MediaType.essence(request.contentType());
            if (MediaType.isJson(essence)) {
                try {
                    return jsonReader().readValue(request.body());
                } catch (JacksonException e) {
                    throw JsonBindingErrors.translate(e, "json");
                }
            }
            Parameters form;
            if (MediaType.FORM.equals(essence)) {
                form = request.form();
            } else if (MediaType.MULTIPART.equals(essence)) {
                form = new StreamingMultipartForm(request.body(), request.contentType(), multipartLimits).readFields();
            } else {
                throw unsupported(essence, ACCEPTED);
            }
            try {
                return formReader().readValue(toTree(form));
            } catch (JacksonException e) {
                throw JsonBindingErrors.translate(e, "form");
            }
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
