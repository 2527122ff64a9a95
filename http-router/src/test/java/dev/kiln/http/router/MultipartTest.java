package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.router.fixtures.app.FailuresAccess;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class MultipartTest {

    private static final String BOUNDARY = "----kilnBoundary7MA4YWxkTrZu0gW";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    @TempDir
    Path uploads;

    private static final class Body {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String filename, String contentType, byte[] content) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n", content);
        }

        private Body part(String headers, byte[] content) {
            bytes.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(content);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] end() {
            bytes.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return bytes.toByteArray();
        }
    }

    private Client client(MultipartLimits limits) {
        FailuresAccess.uploadsTo(uploads);
        return Client.start(Router.builder().scan(TestApps.APP).multipartLimits(limits).build());
    }

    @Test
    void uploadsFilesStreamedToDiskAndCollectsTheFields() {
        byte[] body = new Body()
                .field("title", "holiday ü")
                .file("photo", "beach.txt", "text/plain", "sand\r\n--not-a-boundary\r\nsea".getBytes(StandardCharsets.UTF_8))
                .file("notes", "C:\\docs\\notes.md", "text/markdown", "# notes".getBytes(StandardCharsets.UTF_8))
                .field("tag", "a")
                .field("tag", "b")
                .end();
        try (Client client = client(MultipartLimits.defaults())) {
            Reply reply = client.send("POST", "/bodies/upload", TYPE, body);
            assertEquals(200, reply.status(), reply.text());
            JsonNode saved = reply.json();
            assertEquals("photo:beach.txt:text/plain:27:sand\r\n--not-a-boundary\r\nsea", saved.get(0).asString());
            assertEquals("notes:C:\\docs\\notes.md:text/markdown:7:# notes", saved.get(1).asString());
            assertEquals("fields:{title=[holiday ü], tag=[a, b]}", saved.get(2).asString());
        }
    }

    @Test
    void rejectsAFileOverTheLimitWith413() {
        byte[] body = new Body().file("big", "big.bin", "application/octet-stream", new byte[2000]).end();
        try (Client client = client(new MultipartLimits(1000, 100, 10, 1000))) {
            Reply reply = client.send("POST", "/bodies/upload", TYPE, body);
            assertEquals(413, reply.status());
            assertEquals("file 'big' is larger than 1000 bytes", reply.json().get("detail").asString());
        }
    }

    @Test
    void rejectsTooManyPartsAndTooLargeFieldsWith400() {
        Body many = new Body();
        for (int i = 0; i < 11; i++) {
            many.field("f" + i, "x");
        }
        try (Client client = client(new MultipartLimits(1000, 100, 10, 1000))) {
            Reply tooMany = client.send("POST", "/bodies/upload", TYPE, many.end());
            assertEquals(400, tooMany.status());
            assertEquals("multipart body has more than 10 parts", tooMany.json().get("detail").asString());
            Reply tooLarge = client.send("POST", "/bodies/upload", TYPE, new Body().field("note", "x".repeat(101)).end());
            assertEquals(400, tooLarge.status());
            assertEquals("multipart field 'note' is larger than 100 bytes", tooLarge.json().get("detail").asString());
        }
    }

    @Test
    void rejectsABodyOverTheRouteLimitWith413() {
        byte[] body = new Body().file("big", "big.bin", "application/octet-stream", new byte[(1 << 20) + 10]).end();
        try (Client client = client(MultipartLimits.defaults())) {
            assertEquals(413, client.send("POST", "/bodies/upload", TYPE, body).status());
        }
    }

    @Test
    void rejectsMalformedMultipartBodies() {
        try (Client client = client(MultipartLimits.defaults())) {
            Reply noBoundary = client.send("POST", "/bodies/upload", "multipart/form-data", new Body().end());
            assertEquals(400, noBoundary.status());
            assertEquals("multipart/form-data needs a boundary parameter of 1 to 70 characters", noBoundary.json().get("detail").asString());
            byte[] truncated = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end").getBytes(StandardCharsets.UTF_8);
            Reply cut = client.send("POST", "/bodies/upload", TYPE, truncated);
            assertEquals(400, cut.status());
            assertEquals("multipart body ends before its closing boundary", cut.json().get("detail").asString());
            byte[] nameless = ("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
            assertEquals(400, client.send("POST", "/bodies/upload", TYPE, nameless).status());
        }
    }

    @Test
    void answersANonMultipartBodyWith415() {
        try (Client client = client(MultipartLimits.defaults())) {
            Reply reply = client.post("/bodies/upload", "application/json", "{}");
            assertEquals(415, reply.status());
            assertTrue(reply.json().get("detail").asString().contains("multipart/form-data"));
        }
    }
}
