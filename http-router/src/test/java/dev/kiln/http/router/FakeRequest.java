package dev.kiln.http.router;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request held in memory, for tests that call a router without a server. */
final class FakeRequest implements Request {

    private final Method method;
    private final String target;
    private final Headers headers;
    private final byte[] body;
    private final Map<String, Object> attributes = new HashMap<>();
    private long maxBodySize = 10L << 20;
    private boolean read;

    FakeRequest(Method method, String target, Headers headers, byte[] body) {
        this.method = method;
        this.target = target;
        this.headers = headers.copy().freeze();
        this.body = body;
    }

    @Override
    public Method method() {
        return method;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public String path() {
        return URLDecoder.decode(rawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String rawPath() {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question);
    }

    @Override
    public String rawQuery() {
        int question = target.indexOf('?');
        return question < 0 ? null : target.substring(question + 1);
    }

    @Override
    public Parameters queryParams() {
        return decode(rawQuery());
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
        return new InetSocketAddress("127.0.0.1", 40000);
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public InputStream body() {
        read = true;
        if (body.length > maxBodySize) {
            return new InputStream() {
                private final InputStream in = new ByteArrayInputStream(body);
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > maxBodySize) {
                        throw new HttpException(Status.CONTENT_TOO_LARGE_413, "request body is larger than " + maxBodySize + " bytes");
                    }
                    return b;
                }
            };
        }
        return new ByteArrayInputStream(body);
    }

    @Override
    public byte[] bytes() {
        read = true;
        if (body.length > maxBodySize) {
            throw new HttpException(Status.CONTENT_TOO_LARGE_413, "request body is larger than " + maxBodySize + " bytes");
        }
        return body;
    }

    @Override
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public Parameters form() {
        String type = header(HeaderNames.CONTENT_TYPE);
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            throw new HttpException(Status.UNSUPPORTED_MEDIA_TYPE_415, "not a form");
        }
        return decode(text());
    }

    @Override
    public void maxBodySize(long maxBytes) {
        if (read) {
            throw new IllegalStateException("body already read");
        }
        maxBodySize = maxBytes;
    }

    @Override
    public Object attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void attribute(String name, Object value) {
        attributes.put(name, value);
    }

    private static Parameters decode(String query) {
        if (query == null || query.isEmpty()) {
            return Parameters.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return Parameters.of(values);
    }
}
