package dev.kiln.http.router.internal;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.Headers;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Parameters;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.FilePart;
import dev.kiln.http.router.MultipartForm;
import dev.kiln.http.router.MultipartLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The {@link MultipartForm} over a {@link MultipartStream}: files handed out, text fields collected. */
public final class StreamingMultipartForm implements MultipartForm {

    private final MultipartStream stream;
    private final MultipartLimits limits;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private boolean iterated;
    private boolean finished;
    private int parts;
    private Part current;

    /**
     * Creates a form over a body.
     *
     * @param body the request body
     * @param contentType the request's {@code Content-Type}, with its {@code boundary}
     * @param limits the limits
     * @throws BadRequestException when there is no usable boundary
     */
    public StreamingMultipartForm(InputStream body, String contentType, MultipartLimits limits) {
        String boundary = MediaType.parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new BadRequestException("multipart/form-data needs a boundary parameter of 1 to 70 characters");
        }
        this.stream = new MultipartStream(body, boundary);
        this.limits = limits;
    }

    @Override
    public Iterator<FilePart> iterator() {
        if (iterated) {
            throw new IllegalStateException("a multipart form can be iterated once: its body is streamed");
        }
        iterated = true;
        return new Iterator<>() {
            private Part next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public FilePart next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more file parts");
                }
                FilePart part = next;
                next = null;
                return part;
            }
        };
    }

    @Override
    public Parameters fields() {
        return Parameters.of(fields);
    }

    @Override
    public Parameters readFields() {
        iterated = true;
        while (advance() != null) {
            // skip files: only the fields are wanted
        }
        return fields();
    }

    /** Reads up to the next file part, collecting text fields; null at the end. */
    private Part advance() {
        if (finished) {
            return null;
        }
        try {
            if (current != null) {
                current.done = true;
            }
            while (true) {
                Headers headers = stream.nextPart(limits.maxPartHeaderSize());
                if (headers == null) {
                    finished = true;
                    return null;
                }
                if (++parts > limits.maxParts()) {
                    throw new BadRequestException("multipart body has more than " + limits.maxParts() + " parts");
                }
                String disposition = headers.first(HeaderNames.CONTENT_DISPOSITION);
                String name = disposition == null ? null : ContentDisposition.parameter(disposition, "name");
                if (name == null) {
                    throw new BadRequestException("multipart part without Content-Disposition: form-data; name=...");
                }
                String filename = ContentDisposition.parameter(disposition, "filename");
                if (filename == null) {
                    fields.computeIfAbsent(name, key -> new ArrayList<>()).add(readField(name));
                    continue;
                }
                current = new Part(name, filename, headers);
                return current;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the multipart body failed", e);
        }
    }

    private String readField(String name) throws IOException {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        int read;
        while ((read = stream.read(chunk, 0, chunk.length)) >= 0) {
            if (value.size() + read > limits.maxFieldSize()) {
                throw new BadRequestException("multipart field '" + name + "' is larger than " + limits.maxFieldSize() + " bytes");
            }
            value.write(chunk, 0, read);
        }
        return value.toString(StandardCharsets.UTF_8);
    }

    /** One file part, readable until the iteration moves on. */
    private final class Part implements FilePart {
        private final String name;
        private final String filename;
        private final Headers headers;
        private final InputStream content;
        private boolean done;
        private long read;

        Part(String name, String filename, Headers headers) {
            this.name = name;
            this.filename = filename;
            this.headers = headers;
            this.content = new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int count = read(one, 0, 1);
                    return count < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] target, int offset, int length) throws IOException {
                    if (done) {
                        return -1;
                    }
                    int count = stream.read(target, offset, length);
                    if (count > 0) {
                        Part.this.read += count;
                        if (Part.this.read > limits.maxFileSize()) {
                            throw new HttpException(Status.CONTENT_TOO_LARGE_413,
                                    "file '" + name + "' is larger than " + limits.maxFileSize() + " bytes");
                        }
                    }
                    return count;
                }
            };
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String filename() {
            return filename;
        }

        @Override
        public String contentType() {
            String type = headers.first(HeaderNames.CONTENT_TYPE);
            return type == null ? ContentTypes.OCTET_STREAM : type;
        }

        @Override
        public Headers headers() {
            return headers;
        }

        @Override
        public InputStream content() {
            return content;
        }

        @Override
        public byte[] bytes() throws IOException {
            return content.readAllBytes();
        }

        @Override
        public long saveTo(Path target) throws IOException {
            boolean saved = false;
            try (OutputStream out = Files.newOutputStream(target)) {
                long count = content.transferTo(out);
                saved = true;
                return count;
            } finally {
                if (!saved) {
                    Files.deleteIfExists(target);
                }
            }
        }

        @Override
        public String toString() {
            return "FilePart[" + name + ", " + filename + "]";
        }
    }
}
