package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiln.http.router.fixtures.app.FailuresAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

    @RegisterExtension
    static final Client client = Client.perClass(TestApps::app);

    @BeforeAll
    static void writeResultFile(@TempDir Path directory) throws IOException {
        FailuresAccess.resultFile(Files.writeString(directory.resolve("report.txt"), "file body"));
    }

    @Test
    void sendsAStringAsUtf8PlainText() {
        Reply reply = client.get("/results/text");
        assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
        assertEquals("plain text ü", reply.text());
    }

    @Test
    void usesTheDeclaredContentType() {
        assertEquals("text/csv; charset=utf-8", client.get("/results/csv").header("Content-Type"));
        assertEquals("text/html; charset=utf-8", client.get("/hello?name=x").header("Content-Type"));
    }

    @Test
    void sendsBytesAsOctetStream() {
        Reply reply = client.get("/results/bytes");
        assertEquals("application/octet-stream", reply.header("Content-Type"));
        assertArrayEquals(new byte[] {1, 2, 3}, reply.body());
    }

    @Test
    void sendsAPathAsAFileWithValidators() {
        Reply reply = client.get("/results/file");
        assertEquals(200, reply.status());
        assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
        assertEquals("file body", reply.text());
        assertNotNull(reply.header("ETag"));
        assertEquals(304, client.get("/results/file", "If-None-Match", reply.header("ETag")).status());
    }

    @Test
    void streamsAnInputStream() {
        Reply reply = client.get("/results/stream");
        assertEquals("application/octet-stream", reply.header("Content-Type"));
        assertEquals("streamed", reply.text());
    }

    @Test
    void writesRecordsAndMapsAsJsonThroughJackson() {
        Reply reply = client.get("/results/record");
        assertEquals("application/json", reply.header("Content-Type"));
        assertEquals("{\"id\":7,\"name\":\"quote \\\" and <tag>\",\"tags\":[\"a\",\"b\"]}", reply.text());
        assertEquals("{\"answer\":42}", client.get("/results/map").text());
    }

    @Test
    void sendsAResponseAsIs() {
        Reply reply = client.get("/results/response");
        assertEquals(202, reply.status());
        assertEquals("yes", reply.header("X-Custom"));
        assertEquals("accepted", reply.text());
    }

    @Test
    void answersVoidAndNullWith204() {
        assertEquals(204, client.get("/results/void").status());
        assertEquals(204, client.get("/results/null").status());
    }

    @Test
    void answersAnEmptyOptionalWith404() {
        assertEquals("here", client.get("/results/optional/true").text());
        assertEquals(404, client.get("/results/optional/false").status());
    }

    @Test
    void choosesTheWriterByValueForObjectResults() {
        assertEquals("text/plain; charset=utf-8", client.get("/results/object/text").header("Content-Type"));
        assertEquals("{\"dynamic\":true}", client.get("/results/object/json").text());
        assertEquals(410, client.get("/results/object/other").status());
    }
}
