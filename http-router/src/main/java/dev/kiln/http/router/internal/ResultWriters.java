package dev.kiln.http.router.internal;

import dev.kiln.http.core.Method;
import dev.kiln.http.core.NotFoundException;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Chooses the {@link ResultWriter} for a return type: {@code void} is 204; {@code Response} is sent
 * as is; {@code String} is {@code text/plain; charset=utf-8}; {@code byte[]} and {@code InputStream}
 * are {@code application/octet-stream} (streamed, for the stream); a {@code Path} is a file with
 * validators and ranges; {@code Optional<T>} is 404 when empty; anything else is JSON through the
 * router's mapper. A declared {@code produces} replaces the content type. A {@code null} result is 204.
 */
public final class ResultWriters {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Response NO_CONTENT = Response.of(Status.NO_CONTENT_204);

    private ResultWriters() {
    }

    /**
     * Returns whether a return type cannot be served (asynchronous or lazy types).
     *
     * @param type the raw return type
     * @return the reason, or {@code null} when it is supported
     */
    public static String unsupportedReason(Class<?> type) {
        if (Future.class.isAssignableFrom(type) || CompletionStage.class.isAssignableFrom(type)) {
            return "return type " + type.getSimpleName() + " is asynchronous; handlers run on virtual threads, so block and return the value";
        }
        if (BaseStream.class.isAssignableFrom(type)) {
            return "return type " + type.getSimpleName() + " is a lazy stream; return a List instead";
        }
        return null;
    }

    /**
     * Returns the writer for a return type.
     *
     * @param genericType the method's generic return type
     * @param produces the declared content type, or {@code ""}
     * @param mapper the router's mapper, fetched on first use
     * @return the writer
     */
    public static ResultWriter forType(Type genericType, String produces, Json mapper) {
        Class<?> raw = rawType(genericType);
        String declared = produces.isEmpty() ? null : produces;
        if (raw == void.class || raw == Void.class) {
            return new NoContent();
        }
        if (raw == Optional.class) {
            Type inner = genericType instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : Object.class;
            return new Present(forType(inner, produces, mapper));
        }
        if (raw == Object.class) {
            return dynamic(declared, mapper);
        }
        ResultWriter writer = fixed(raw, declared);
        if (writer != null) {
            return nullIsNoContent(writer);
        }
        JsonWriter json = new JsonWriter(mapper, genericType, declared == null ? MediaType.JSON : declared);
        return nullIsNoContent(json);
    }

    private static ResultWriter fixed(Class<?> raw, String declared) {
        if (raw == Response.class) {
            return new AsIs();
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            return new Text(declared == null ? TEXT : declared);
        }
        if (raw == byte[].class) {
            return new Bytes(declared == null ? ContentTypes.OCTET_STREAM : declared);
        }
        if (Path.class.isAssignableFrom(raw)) {
            return new PathResult(declared);
        }
        if (InputStream.class.isAssignableFrom(raw)) {
            return new StreamResult(declared == null ? ContentTypes.OCTET_STREAM : declared);
        }
        return null;
    }

    /** For methods declared to return {@code Object}: picks the writer by the value's class. */
    private static ResultWriter dynamic(String declared, Json mapper) {
        return nullIsNoContent(new Dynamic(declared, mapper));
    }

    // The writers are classes rather than lambdas: each lambda would be a class spun at build time,
    // while the JVM is cold.

    /** {@code void}: 204. */
    private static final class NoContent implements ResultWriter {
        @Override
        public Response write(Request request, Object result) {
            return NO_CONTENT;
        }
    }

    /** {@code Optional<T>}: 404 when empty, else the writer of {@code T}. */
    private static final class Present implements ResultWriter {
        private final ResultWriter present;

        Present(ResultWriter present) {
            this.present = present;
        }

        @Override
        public Response write(Request request, Object result) throws Exception {
            Optional<?> optional = (Optional<?>) result;
            if (optional == null || optional.isEmpty()) {
                throw new NotFoundException("not found");
            }
            return present.write(request, optional.get());
        }
    }

    /** A {@code Response}, as is. */
    private static final class AsIs implements ResultWriter {
        @Override
        public Response write(Request request, Object result) {
            return (Response) result;
        }
    }

    /** A {@code CharSequence} as UTF-8 text. */
    private static final class Text implements ResultWriter {
        private final String type;

        Text(String type) {
            this.type = type;
        }

        @Override
        public Response write(Request request, Object result) {
            return ok(type, result.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A {@code byte[]}. */
    private static final class Bytes implements ResultWriter {
        private final String type;

        Bytes(String type) {
            this.type = type;
        }

        @Override
        public Response write(Request request, Object result) {
            return ok(type, (byte[]) result);
        }
    }

    /** A {@code Path}: the file, or 404 when it is not a regular file. */
    private static final class PathResult implements ResultWriter {
        private final String declared;

        PathResult(String declared) {
            this.declared = declared;
        }

        @Override
        public Response write(Request request, Object result) throws Exception {
            Path file = (Path) result;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                attributes = null;
            }
            if (attributes == null || !attributes.isRegularFile()) {
                throw new NotFoundException("no such file");
            }
            String type = declared == null ? ContentTypes.forFileName(String.valueOf(file.getFileName())) : declared;
            return FileResponder.respond(request, file, attributes, type, null);
        }
    }

    /** An {@code InputStream}, streamed and closed. */
    private static final class StreamResult implements ResultWriter {
        private final String type;

        StreamResult(String type) {
            this.type = type;
        }

        @Override
        public Response write(Request request, Object result) throws Exception {
            InputStream in = (InputStream) result;
            if (request.method() == Method.HEAD) {
                in.close(); // the server sends no body for HEAD, so nothing would ever close it
                return Response.builder(Status.OK_200).contentType(type).build();
            }
            return Response.builder(Status.OK_200).contentType(type).stream((out, trailers) -> {
                try (in) {
                    in.transferTo(out);
                }
            }).build();
        }
    }

    /** A declared {@code Object}: the writer of the value's class, else JSON; chosen once per class. */
    private static final class Dynamic implements ResultWriter {
        private final ClassValue<ResultWriter> byClass;

        Dynamic(String declared, Json mapper) {
            ResultWriter json = new AnyJson(declared == null ? MediaType.JSON : declared, mapper);
            this.byClass = new ClassValue<>() {
                @Override
                protected ResultWriter computeValue(Class<?> type) {
                    ResultWriter writer = fixed(type, declared);
                    return writer != null ? writer : json;
                }
            };
        }

        @Override
        public Response write(Request request, Object result) throws Exception {
            return byClass.get(result.getClass()).write(request, result);
        }
    }

    /** Any value as JSON, serialized by its run-time class. */
    private static final class AnyJson implements ResultWriter {
        private final String type;
        private final Json mapper;

        AnyJson(String type, Json mapper) {
            this.type = type;
            this.mapper = mapper;
        }

        @Override
        public Response write(Request request, Object result) {
            return ok(type, mapper.get().writeValueAsBytes(result));
        }
    }

    /** Writes JSON for a declared type; its ObjectWriter is made on first use (it prefetches a serializer). */
    private static final class JsonWriter implements ResultWriter {
        private final Json mapper;
        private final Type type;
        private final String contentType;
        private volatile ObjectWriter writer;

        JsonWriter(Json mapper, Type type, String contentType) {
            this.mapper = mapper;
            this.type = type;
            this.contentType = contentType;
        }

        @Override
        public Response write(Request request, Object result) {
            ObjectWriter json = writer;
            if (json == null) {
                ObjectMapper objectMapper = mapper.get();
                json = objectMapper.writerFor(objectMapper.getTypeFactory().constructType(type));
                writer = json;
            }
            return ok(contentType, json.writeValueAsBytes(result));
        }
    }

    /** A 200 with this content type and body. */
    private static Response ok(String contentType, byte[] body) {
        return Response.builder(Status.OK_200).contentType(contentType).body(body).build();
    }

    private static ResultWriter nullIsNoContent(ResultWriter writer) {
        return new NullIsNoContent(writer);
    }

    /** {@code null} is 204; a {@code null} {@code Response} from the writer is a bug in the route. */
    private static final class NullIsNoContent implements ResultWriter {
        private final ResultWriter writer;

        NullIsNoContent(ResultWriter writer) {
            this.writer = writer;
        }

        @Override
        public Response write(Request request, Object result) throws Exception {
            if (result == null) {
                return NO_CONTENT;
            }
            Response response = writer.write(request, result);
            if (response == null) {
                throw new IllegalStateException("route returned a null Response");
            }
            return response;
        }
    }

    /**
     * Returns the class of a type.
     *
     * @param type a class or parameterized type
     * @return its raw class, {@code Object} for type variables and wildcards
     */
    public static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
