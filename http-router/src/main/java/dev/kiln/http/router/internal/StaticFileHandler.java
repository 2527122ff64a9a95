package dev.kiln.http.router.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Serves the files under one directory from a wildcard route. The wildcard's raw value is decoded
 * segment by segment, so an encoded separator ({@code %2f}, {@code %5c}) can never make a new
 * segment; a segment is refused (404) when it is {@code .} or {@code ..} (raw or encoded), empty in
 * the middle, starts with a dot (hidden files such as {@code .env} or {@code .git}), or holds a
 * slash, backslash, colon or control character (NUL) once decoded. The resolved file must then still
 * be inside the root after {@link Path#toRealPath} resolves symbolic links. A directory is answered
 * with its {@code index.html}; a directory path without a trailing slash is redirected (308) to the
 * path with one, so that relative links in the page resolve.
 */
public final class StaticFileHandler implements RouteHandler {

    private final Path root;
    private final int wildcardIndex;
    private final String cacheControl;

    /**
     * Creates the handler.
     *
     * @param directory the directory to serve
     * @param wildcardIndex the position of the route's wildcard among its template parameters
     * @param cacheControl the {@code Cache-Control} of every file response, or {@code null}
     * @throws IllegalArgumentException when the directory does not exist
     */
    public StaticFileHandler(Path directory, int wildcardIndex, String cacheControl) {
        try {
            this.root = directory.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("static files directory does not exist: " + directory.toAbsolutePath(), e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("static files root is not a directory: " + root);
        }
        this.wildcardIndex = wildcardIndex;
        this.cacheControl = cacheControl;
    }

    @Override
    public Response handle(Request request, PathValues path) throws IOException {
        String raw = path.get(wildcardIndex);
        Path candidate = resolve(raw);
        if (candidate == null) {
            return notFound();
        }
        Path real = insideRoot(candidate);
        BasicFileAttributes attributes = attributes(real);
        if (attributes != null && attributes.isDirectory()) {
            if (!request.rawPath().endsWith("/")) {
                String location = request.rawPath() + "/" + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
                return Response.builder(Status.PERMANENT_REDIRECT_308).header(HeaderNames.LOCATION, location).build();
            }
            real = insideRoot(real.resolve("index.html"));
            attributes = attributes(real);
        }
        if (attributes == null || !attributes.isRegularFile() || !Files.isReadable(real)) {
            return notFound();
        }
        return FileResponder.respond(request, real, attributes, ContentTypes.forFileName(real.getFileName().toString()), cacheControl);
    }

    /** One {@code stat} serves the directory test, the regular-file test and the validators; null when absent. */
    private static BasicFileAttributes attributes(Path real) {
        if (real == null) {
            return null;
        }
        try {
            return Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Resolves symbolic links; null when the file does not exist or lies outside the root. */
    private Path insideRoot(Path candidate) {
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Maps the raw wildcard value to a path under the root, or null when any segment is unsafe. */
    private Path resolve(String raw) {
        if (raw.indexOf('\\') >= 0 || raw.indexOf('\0') >= 0 || raw.startsWith("/")) {
            return null;
        }
        Path resolved = root;
        int start = 0;
        int length = raw.length();
        while (start < length) {
            int slash = raw.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            if (end == start) {
                return null; // an empty segment in the middle: "a//b"
            }
            String segment;
            try {
                segment = PercentDecoder.decode(raw, start, end);
            } catch (RuntimeException e) {
                return null;
            }
            if (!safe(segment)) {
                return null;
            }
            try {
                resolved = resolved.resolve(segment);
            } catch (InvalidPathException e) {
                return null;
            }
            start = end + 1;
        }
        return resolved.normalize().startsWith(root) ? resolved : null;
    }

    private static boolean safe(String segment) {
        if (segment.isEmpty() || segment.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':') {
                return false;
            }
        }
        return true;
    }

    private static Response notFound() {
        return Problems.of(Status.NOT_FOUND_404, "no such file");
    }
}
