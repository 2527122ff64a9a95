package dev.kiln.benchmarks.jmh;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Request;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A request as the server would hand it to a handler, held in memory: what the dispatch benchmarks
 * feed the router and the direct handlers alike. One instance per request; its body can be read once.
 */
final class FixedRequest implements Request {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50000);

    private final Method method;
    private final String path;
    private final Headers headers;
    private final byte[] body;
    private InputStream stream;
    private Map<String, Object> attributes;

    FixedRequest(Method method, String path, Headers headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public Method method() {
        return method;
    }

    @Override
    public String target() {
        return path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String rawPath() {
        return path;
    }

    @Override
    public String rawQuery() {
        return null;
    }

    @Override
    public Parameters queryParams() {
        return Parameters.empty();
    }

    @Override
    public String version() {
        return "HTTP/1.1";
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public long contentLength() {
        return body.length;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return CLIENT;
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public InputStream body() {
        if (stream == null) {
            stream = new ByteArrayInputStream(body);
        }
        return stream;
    }

    @Override
    public byte[] bytes() {
        return body;
    }

    @Override
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public Parameters form() {
        return Parameters.empty();
    }

    @Override
    public void maxBodySize(long maxBytes) {
        // the body is already in memory
    }

    @Override
    public Object attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @Override
    public void attribute(String name, Object value) {
        if (attributes == null) {
            attributes = new HashMap<>(4);
        }
        attributes.put(name, value);
    }
}
