package dev.kiln.http.router;

import dev.kiln.http.core.Headers;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.ResponseBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sends requests to a router in tests. */
final class Client implements AutoCloseable {

    private final Router router;

    private Client(Router router) {
        this.router = router;
    }

    static Client start(Router router) {
        return new Client(router);
    }

    Reply get(String target, String... headers) {
        return send("GET", target, null, null, headers);
    }

    Reply post(String target, String contentType, String body, String... headers) {
        return send("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Reply send(String method, String target, String contentType, byte[] body, String... headers) {
        Headers fields = new Headers();
        for (int i = 0; i < headers.length; i += 2) {
            fields.add(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            fields.set("Content-Type", contentType);
        }
        FakeRequest request = new FakeRequest(Method.byName(method), target, fields, body == null ? new byte[0] : body);
        Response response = router.handle(request);
        Map<String, List<String>> replyHeaders = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> replyHeaders.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(value));
        byte[] bytes = method.equals("HEAD") ? new byte[0] : bodyOf(response.body());
        return new Reply(response.status().code(), replyHeaders, bytes);
    }

    private static byte[] bodyOf(ResponseBody body) {
        try {
            return switch (body) {
                case ResponseBody.Empty empty -> new byte[0];
                case ResponseBody.Bytes bytes -> bytes.bytes();
                case ResponseBody.FileRegion region -> {
                    try (FileChannel channel = FileChannel.open(region.path())) {
                        channel.position(region.offset());
                        InputStream in = Channels.newInputStream(channel);
                        yield in.readNBytes((int) region.length());
                    }
                }
                case ResponseBody.Stream stream -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    stream.writer().write(out, new Headers());
                    yield out.toByteArray();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
