package dev.kiln.http.router;

import dev.kiln.http.core.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One file of a {@link MultipartForm}: a part whose {@code Content-Disposition} has a
 * {@code filename}. Its content is streamed from the connection and can be read once, through one of
 * {@link #content()}, {@link #bytes()} or {@link #saveTo(Path)}; reading past
 * {@link MultipartLimits#maxFileSize()} throws a {@code 413} {@link dev.kiln.http.core.HttpException}.
 */
public interface FilePart {

    /**
     * Returns the form field name.
     *
     * @return the name from {@code Content-Disposition}
     */
    String name();

    /**
     * Returns the file name as the client sent it. It is untrusted: never use it as a path
     * without checking it (it may hold {@code ..}, slashes or be empty).
     *
     * @return the file name, possibly empty
     */
    String filename();

    /**
     * Returns the part's content type.
     *
     * @return the {@code Content-Type} of the part, {@code application/octet-stream} when absent
     */
    String contentType();

    /**
     * Returns the part's headers.
     *
     * @return the headers (read-only)
     */
    Headers headers();

    /**
     * Returns the content as a stream that ends at the end of the part.
     *
     * @return the stream; closing it is optional
     */
    InputStream content();

    /**
     * Reads the whole content into memory.
     *
     * @return the bytes
     * @throws IOException when the connection fails
     */
    byte[] bytes() throws IOException;

    /**
     * Streams the content to a file, replacing it if it exists. On failure the partial file is
     * deleted.
     *
     * @param target the file to write
     * @return the number of bytes written
     * @throws IOException when reading or writing fails
     */
    long saveTo(Path target) throws IOException;
}
