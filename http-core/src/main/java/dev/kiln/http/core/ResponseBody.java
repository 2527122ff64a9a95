package dev.kiln.http.core;

import java.nio.file.Path;
import java.util.Objects;

/** What a {@link Response} carries after its head: nothing, bytes, part of a file, or a stream. */
public sealed interface ResponseBody {

    /** No body. */
    record Empty() implements ResponseBody {
    }

    /**
     * A body held in memory, sent with {@code Content-Length}.
     *
     * @param bytes the body; not copied, so do not change it afterwards
     */
    record Bytes(byte[] bytes) implements ResponseBody {
        /**
         * Checks the body.
         *
         * @param bytes the body
         */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * A region of a file, streamed from disk with {@code Content-Length}.
     *
     * @param path the file
     * @param offset the first byte to send
     * @param length how many bytes to send
     */
    record FileRegion(Path path, long offset, long length) implements ResponseBody {
        /**
         * Checks the region.
         *
         * @param path the file
         * @param offset the first byte to send, 0 or more
         * @param length how many bytes to send, 0 or more
         */
        public FileRegion {
            Objects.requireNonNull(path, "path");
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("file region offset and length must be >= 0");
            }
        }
    }

    /**
     * A body written while it is sent.
     *
     * @param writer what writes it
     */
    record Stream(StreamingBody writer) implements ResponseBody {
        /**
         * Checks the writer.
         *
         * @param writer what writes the body
         */
        public Stream {
            Objects.requireNonNull(writer, "writer");
        }
    }
}
