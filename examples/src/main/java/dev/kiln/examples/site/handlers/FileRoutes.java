package dev.kiln.examples.site.handlers;

import dev.kiln.examples.site.services.FileStore;
import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.Post;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /files/{name}} and {@code POST /files/{name}}: a folder of uploaded files.
 *
 * <p>The routes take the rest of the path ({@code {*name}}), so that a name with a slash, a dot
 * segment or an encoded separator reaches {@link FileStore}'s name check and is refused with 400,
 * not matched to some other route. Uploads are streamed to disk, chunked or not, up to the
 * configured limit (413 past it, with nothing stored); downloads are streamed and honour a single
 * {@code Range}.
 */
@Singleton
public final class FileRoutes {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final FileStore store;

    /**
     * Creates the routes.
     *
     * @param store the upload folder
     */
    @Inject
    public FileRoutes(FileStore store) {
        this.store = store;
    }

    /**
     * Sends a stored file, or the requested byte range of it.
     *
     * @param name the file name
     * @param request the request, for its {@code Range} header
     * @return 200 with the file, 206 with a range, 416 for a range past its end
     */
    @Get("/files/{*name}")
    public Response download(@PathParam String name, Request request) {
        Path file = store.find(name);
        long size = size(file);
        return switch (ByteRange.parse(request.header(HeaderNames.RANGE), size)) {
            case ByteRange.Whole whole -> download(Status.OK_200, name)
                    .file(file, 0, size)
                    .build();
            case ByteRange.Part part -> download(Status.PARTIAL_CONTENT_206, name)
                    .header(HeaderNames.CONTENT_RANGE, part.range().contentRange(size))
                    .file(file, part.range().first(), part.range().length())
                    .build();
            case ByteRange.Unsatisfiable none -> Response.builder(Status.RANGE_NOT_SATISFIABLE_416)
                    .header(HeaderNames.CONTENT_RANGE, "bytes */" + size)
                    .contentType("text/plain; charset=utf-8")
                    .body("range not satisfiable: the file has " + size + " bytes\n")
                    .build();
        };
    }

    /**
     * Stores the request body under a name, replacing any file of that name.
     *
     * @param name the file name
     * @param request the request, whose body is streamed to disk
     * @return 201 with {@code Location}
     * @throws IOException when the body cannot be read (e.g. the client went away) or written
     */
    @Post("/files/{*name}")
    public Response upload(@PathParam String name, Request request) throws IOException {
        FileStore.requireValidName(name);
        if (request.contentLength() > store.maxBytes()) {
            throw new HttpException(Status.CONTENT_TOO_LARGE_413,
                    "upload of " + request.contentLength() + " bytes is larger than the limit of "
                            + store.maxBytes() + " bytes");
        }
        request.maxBodySize(store.maxBytes());
        long size = store.store(name, request.body());
        return Response.builder(Status.CREATED_201)
                .header(HeaderNames.LOCATION, "/files/" + name)
                .contentType("text/plain; charset=utf-8")
                .body("stored " + name + " (" + size + " bytes)\n")
                .build();
    }

    /**
     * Starts a download response. Uploaded bytes are never rendered by the browser on this origin:
     * the type is {@code application/octet-stream}, {@code nosniff} forbids guessing another, and
     * {@code Content-Disposition: attachment} saves the file instead of showing it.
     */
    private static Response.Builder download(Status status, String name) {
        return Response.builder(status)
                .contentType(OCTET_STREAM)
                .header(HeaderNames.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
