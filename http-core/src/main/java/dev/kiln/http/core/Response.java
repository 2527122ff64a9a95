package dev.kiln.http.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An HTTP response as a value: a status, headers and a {@link ResponseBody}. Immutable; build one
 * with the static factories or {@link #builder(Status)}, derive one with {@link #toBuilder()}.
 *
 * <p>The server adds {@code Date}, {@code Content-Length} or {@code Transfer-Encoding} and
 * {@code Connection} itself; a {@code Content-Length} set here is checked against the body.
 */
public final class Response {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final ResponseBody EMPTY = new ResponseBody.Empty();

    private final Status status;
    private final Headers headers;
    private final ResponseBody body;

    private Response(Status status, Headers headers, ResponseBody body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Returns a response with this status and no body.
     *
     * @param status the status
     * @return the response
     */
    public static Response of(Status status) {
        return new Response(status, new Headers().freeze(), EMPTY);
    }

    /**
     * Returns a {@code 200 OK} plain-text response.
     *
     * @param text the body, sent as UTF-8
     * @return the response
     */
    public static Response text(String text) {
        return text(Status.OK_200, text);
    }

    /**
     * Returns a plain-text response.
     *
     * @param status the status
     * @param text the body, sent as UTF-8
     * @return the response
     */
    public static Response text(Status status, String text) {
        return builder(status).contentType(TEXT).body(text).build();
    }

    /**
     * Returns a {@code 200 OK} HTML response.
     *
     * @param html the page, sent as UTF-8; it is sent as is, so escape anything user-supplied
     * @return the response
     */
    public static Response html(String html) {
        return builder(Status.OK_200).contentType(HTML).body(html).build();
    }

    /**
     * Returns a builder for a response with this status.
     *
     * @param status the status
     * @return the builder
     */
    public static Builder builder(Status status) {
        return new Builder(status, new Headers(), EMPTY);
    }

    /**
     * Returns the status.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the headers (read-only).
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Returns the body.
     *
     * @return the body
     */
    public ResponseBody body() {
        return body;
    }

    /**
     * Returns a builder that starts from this response, to derive a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(status, headers.copy(), body);
    }

    /**
     * Returns a copy of this response with a header set (replacing any of the same name).
     *
     * @param name the field name
     * @param value the value
     * @return the new response
     */
    public Response withHeader(String name, String value) {
        return toBuilder().header(name, value).build();
    }

    @Override
    public String toString() {
        return "Response[" + status + ", " + body.getClass().getSimpleName() + "]";
    }

    /** Builds a {@link Response}. Not thread-safe; one builder builds one response. */
    public static final class Builder {
        private Status status;
        private final Headers headers;
        private ResponseBody body;

        private Builder(Status status, Headers headers, ResponseBody body) {
            this.status = Objects.requireNonNull(status, "status");
            this.headers = headers;
            this.body = body;
        }

        /**
         * Sets the status.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets a header, replacing any of the same name.
         *
         * @param name the field name, a token
         * @param value the value, without CR, LF or NUL
         * @return this builder
         * @throws IllegalArgumentException when the name or value could not be sent safely
         */
        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /**
         * Adds a header, keeping others of the same name (e.g. several {@code Set-Cookie}).
         *
         * @param name the field name, a token
         * @param value the value, without CR, LF or NUL
         * @return this builder
         * @throws IllegalArgumentException when the name or value could not be sent safely
         */
        public Builder addHeader(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * Sets {@code Content-Type}.
         *
         * @param contentType the media type, e.g. {@code application/json}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            return header(HeaderNames.CONTENT_TYPE, contentType);
        }

        /**
         * Sets the body to these bytes.
         *
         * @param bytes the body; not copied
         * @return this builder
         */
        public Builder body(byte[] bytes) {
            this.body = new ResponseBody.Bytes(bytes);
            return this;
        }

        /**
         * Sets the body to this text, encoded as UTF-8. Sets no content type.
         *
         * @param text the body
         * @return this builder
         */
        public Builder body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Sets the body to a whole file, streamed from disk when the response is sent.
         *
         * @param path a readable regular file
         * @return this builder
         * @throws UncheckedIOException when the file's size cannot be read
         */
        public Builder file(Path path) {
            try {
                return file(path, 0, Files.size(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of " + path, e);
            }
        }

        /**
         * Sets the body to a region of a file, streamed from disk when the response is sent.
         *
         * @param path a readable regular file
         * @param offset the first byte to send
         * @param length how many bytes to send
         * @return this builder
         */
        public Builder file(Path path, long offset, long length) {
            this.body = new ResponseBody.FileRegion(path, offset, length);
            return this;
        }

        /**
         * Sets the body to a stream written while the response is sent.
         *
         * @param writer what writes the body and its trailers
         * @return this builder
         */
        public Builder stream(StreamingBody writer) {
            this.body = new ResponseBody.Stream(writer);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(ResponseBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Builds the response. The builder should not be used afterwards.
         *
         * @return the response
         */
        public Response build() {
            return new Response(status, headers.freeze(), body);
        }
    }
}
