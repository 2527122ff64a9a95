package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.ServerLimits;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated requests must end in a parsed request, a clean end, or an answer with a status; nothing else. */
class RequestParserFuzzTest {

    private static final String[] SEEDS = {
        "GET /a/b%20c?x=1&y=%41 HTTP/1.1\r\nHost: example.com:8080\r\nAccept: */*\r\nCookie: a=1\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello",
        "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;e=1\r\nhello\r\n0\r\nT: v\r\n\r\n",
        "OPTIONS * HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        "GET http://example.com/p?q HTTP/1.1\r\nHost: example.com\r\n\r\n",
    };
    private static final byte[] INTERESTING = " \t\r\n:;,%/?*\u0000\u007f\u00ff0123456789abcdefAF-".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void answersEveryMutatedRequestWithAHeadAnEndOrAStatus() {
        Random random = new Random(20261122L);
        ServerLimits limits = ServerLimits.defaults().withMaxRequestLineLength(200).withMaxHeaderSectionSize(300).withMaxHeaderCount(8);
        for (int i = 0; i < 30_000; i++) {
            byte[] input = mutate(SEEDS[random.nextInt(SEEDS.length)].getBytes(StandardCharsets.ISO_8859_1), random);
            InputStream source = new SplitInputStream(input, 1 + random.nextInt(input.length), 1 + random.nextInt(16));
            ConnectionInput in = new ConnectionInput(source, 8);
            RequestParser parser = new RequestParser(limits);
            try {
                for (int request = 0; request < 4; request++) {
                    RequestHead head = parser.parse(in);
                    if (head == null) {
                        break;
                    }
                    InputStream body = head.isChunked()
                            ? new ChunkedBodyInputStream(in, parser.headerParser())
                            : new FixedLengthBodyInputStream(in, Math.min(head.contentLength(), 10_000));
                    body.readAllBytes();
                }
            } catch (HttpProtocolException | HttpException | EOFException expected) {
                // a status for the client, or a stream that ended early: both are handled answers
            } catch (Exception | Error e) {
                fail("input " + new String(input, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n") + " failed with " + e, e);
            }
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter.length == 0 ? seed.clone() : shorter;
                }
                default -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }
}
