package dev.kiln.http.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;

/**
 * Sends file regions of a plain connection straight from the file to the socket with
 * {@link FileChannel#transferTo} ({@code sendfile} on Linux: no copies through the heap). The socket
 * is in blocking mode but, once a virtual thread has used it, its descriptor is non-blocking, so a
 * transfer into a full send buffer moves nothing; then one small piece goes out through a blocking
 * channel write, which parks the thread until the peer makes room, and the transfers resume. A socket
 * that waits in the server's selector ({@link PolledChannel}, once switched) is non-blocking outright:
 * a transfer that moves nothing waits there for room instead. Each
 * transfer publishes its write deadline, so the {@link TimeoutSweeper} still closes a connection
 * whose client stopped reading.
 */
final class SocketFileSender implements ResponseWriter.FileSink {

    private static final int PIECE = 8192;

    private final SocketChannel channel;
    private final PolledChannel polled;
    private final WriteDeadlineOutputStream deadlines;
    private ByteBuffer piece;

    SocketFileSender(SocketChannel channel, PolledChannel polled, WriteDeadlineOutputStream deadlines) {
        this.channel = channel;
        this.polled = polled;
        this.deadlines = deadlines;
    }

    @Override
    public void send(FileChannel file, long position, long count) throws IOException {
        long end = position + count;
        while (position < end) {
            long n;
            deadlines.writeStarted();
            try {
                n = file.transferTo(position, end - position, channel);
                if (n == 0) {
                    if (polled != null && !polled.isBlocking()) {
                        polled.awaitWritable(); // non-blocking: the send buffer is full
                    } else {
                        n = writePiece(file, position, end - position);
                    }
                }
            } finally {
                deadlines.writeEnded();
            }
            position += n;
        }
    }

    /** Writes up to one piece through the channel, waiting for room in the socket's send buffer. */
    private int writePiece(FileChannel file, long position, long remaining) throws IOException {
        if (piece == null) {
            piece = ByteBuffer.allocate(PIECE);
        }
        ByteBuffer b = piece.clear().limit((int) Math.min(PIECE, remaining));
        int read = file.read(b, position);
        if (read <= 0) {
            throw new IOException("the file ended before the region to send");
        }
        b.flip();
        while (b.hasRemaining()) {
            channel.write(b);
        }
        return read;
    }
}
