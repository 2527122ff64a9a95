package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.http.core.Headers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BODY = "preamble to ignore\r\n"
            + "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
            + "first\r\n--b0und almost\r\n"
            + "--b0undary  \r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"x \\\"q\\\".txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "\r\n\r\n--b0undar\r\n"
            + "--b0undary--\r\nepilogue";

    /** Hands out at most {@code step} bytes per read, to split the body at every offset. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] target, int offset, int length) {
                return super.read(target, offset, Math.min(step, length));
            }
        };
    }

    private static List<String> parts(InputStream in) throws IOException {
        MultipartStream stream = new MultipartStream(in, "b0undary");
        List<String> parts = new ArrayList<>();
        Headers headers;
        while ((headers = stream.nextPart(1000)) != null) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            byte[] chunk = new byte[3];
            int read;
            while ((read = stream.read(chunk, 0, chunk.length)) >= 0) {
                content.write(chunk, 0, read);
            }
            parts.add(headers.first("Content-Disposition") + "|" + content.toString(StandardCharsets.UTF_8));
        }
        assertNull(stream.nextPart(1000));
        return parts;
    }

    @Test
    void splitsPartsWhateverTheReadSizes() throws IOException {
        byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of(
                "form-data; name=\"a\"|first\r\n--b0und almost",
                "form-data; name=\"file\"; filename=\"x \\\"q\\\".txt\"|\r\n\r\n--b0undar");
        for (int step = 1; step <= bytes.length; step++) {
            assertEquals(expected, parts(trickle(bytes, step)), "read step " + step);
        }
    }

    @Test
    void readsQuotedFileNamesWithEscapesAndWindowsPaths() {
        assertEquals("x \"q\".txt", ContentDisposition.parameter("form-data; name=\"file\"; filename=\"x \\\"q\\\".txt\"", "filename"));
        assertEquals("C:\\dir\\a.txt", ContentDisposition.parameter("form-data; name=f; filename=\"C:\\dir\\a.txt\"", "filename"));
        assertEquals("f", ContentDisposition.parameter("form-data; name=f; filename=\"a;b\"", "name"));
        assertEquals("a;b", ContentDisposition.parameter("form-data; name=f; filename=\"a;b\"", "filename"));
        assertNull(ContentDisposition.parameter("form-data; name=\"a\"", "filename"));
    }
}
