package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiln.http.core.Compression;
import dev.kiln.http.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BufferPoolTest {

    @Test
    void handsOutAGivenBackArrayAgainAndNewOnesWhenNoneIsFree() {
        BufferPool pool = new BufferPool(16, 2);
        byte[] first = pool.take();
        byte[] second = pool.take();
        assertEquals(16, first.length);
        assertNotSame(first, second);

        pool.give(first);
        assertSame(first, pool.take());
    }

    @Test
    void keepsNoMoreFreeArraysThanAsked() {
        BufferPool pool = new BufferPool(16, 1);
        byte[] a = pool.take();
        byte[] b = pool.take();
        pool.give(a);
        pool.give(b);
        assertSame(a, pool.take());
        assertNotSame(b, pool.take());
    }

    @Test
    void aWaitingConnectionsWriterHoldsNoBufferAndTheNextResponseIsWhole() throws Exception {
        BufferPool pool = new BufferPool(8192, 4);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ResponseWriter writer = new ResponseWriter(wire, pool, Compression.defaults());

        writer.send(Response.text("one"), false, false, true, null);
        writer.flush();
        writer.idle();
        byte[] returned = pool.take();
        pool.give(returned);
        writer.send(Response.text("two"), false, false, true, null);
        writer.flush();

        String sent = wire.toString(StandardCharsets.ISO_8859_1);
        assertEquals(2, sent.split("HTTP/1.1 200 OK", -1).length - 1, sent);
        assertEquals(true, sent.endsWith("\r\n\r\ntwo"), sent);
        assertNotSame(returned, pool.take(), "the second response took the buffer the first gave back");
    }
}
