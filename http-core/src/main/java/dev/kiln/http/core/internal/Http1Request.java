package dev.kiln.http.core.internal;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The {@link Request} handed to handlers: a parsed head and a lazily read body. */
final class Http1Request implements Request {

    private static final Headers NO_TRAILERS = new Headers().freeze();

    private final RequestHead head;
    private final RequestBody body;
    private final InetSocketAddress remote;
    private final boolean secure;
    private Parameters query;
    private Map<String, Object> attributes;
    private byte[] bytes;

    Http1Request(RequestHead head, RequestBody body, InetSocketAddress remote, boolean secure) {
        this.head = head;
        this.body = body;
        this.remote = remote;
        this.secure = secure;
    }

    @Override
    public Method method() {
        return head.method;
    }

    @Override
    public String target() {
        return head.target;
    }

    @Override
    public String path() {
        return head.path;
    }

    @Override
    public String rawPath() {
        return head.rawPath;
    }

    @Override
    public String rawQuery() {
        return head.rawQuery;
    }

    @Override
    public Parameters queryParams() {
        if (query == null) {
            query = QueryParser.parse(head.rawQuery);
        }
        return query;
    }

    @Override
    public String version() {
        return head.version();
    }

    @Override
    public Headers headers() {
        return head.headers;
    }

    @Override
    public long contentLength() {
        return head.contentLength;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public InputStream body() {
        return body == null ? EmptyBody.INSTANCE : body;
    }

    @Override
    public byte[] bytes() {
        if (bytes == null) {
            if (body == null) {
                bytes = new byte[0];
            } else {
                try {
                    bytes = body.readAllBytes();
                } catch (IOException e) {
                    // the client went away or broke the stream: nothing a handler could fix
                    throw new HttpException(Status.BAD_REQUEST_400, "the request body could not be read", e);
                }
            }
        }
        return bytes;
    }

    @Override
    public String text() {
        return new String(bytes(), charset());
    }

    @Override
    public Parameters form() {
        String type = contentType();
        if (type == null || !mediaType(type).equals("application/x-www-form-urlencoded")) {
            throw new HttpException(Status.UNSUPPORTED_MEDIA_TYPE_415, "expected a body of type application/x-www-form-urlencoded");
        }
        return QueryParser.parse(new String(bytes(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public void maxBodySize(long maxBytes) {
        if (body != null) {
            body.limit(maxBytes);
        } else if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBodySize must be >= 0, was " + maxBytes);
        }
    }

    @Override
    public Headers trailers() {
        Headers trailers = body == null ? null : body.trailers();
        return trailers == null ? NO_TRAILERS : trailers;
    }

    @Override
    public Object attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @Override
    public void attribute(String name, Object value) {
        if (value == null) {
            if (attributes != null) {
                attributes.remove(name);
            }
            return;
        }
        if (attributes == null) {
            attributes = new HashMap<>(4);
        }
        attributes.put(name, value);
    }

    private Charset charset() {
        String type = contentType();
        if (type != null) {
            for (String parameter : type.split(";")) {
                String p = parameter.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw new HttpException(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported charset " + name);
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The media type of a {@code Content-Type} value: before any parameter, trimmed, lower case. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return head.method + " " + head.target;
    }
}
