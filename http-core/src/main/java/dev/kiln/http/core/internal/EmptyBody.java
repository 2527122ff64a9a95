package dev.kiln.http.core.internal;

import java.io.InputStream;

/** The body of a request without one: always at its end. Stateless, so one instance serves all. */
final class EmptyBody extends InputStream {

    static final EmptyBody INSTANCE = new EmptyBody();

    private EmptyBody() {
    }

    @Override
    public int read() {
        return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        return len == 0 ? 0 : -1;
    }

    @Override
    public void close() {
        // nothing to release; closing must not change the shared instance
    }
}
