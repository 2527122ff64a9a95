package dev.kiln.http.router;

import dev.kiln.http.core.Parameters;
import java.util.Iterator;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578), read as a stream: iterating gives the file parts in
 * the order they arrive, and the text fields met on the way are collected into {@link #fields()}.
 * Nothing is buffered on disk; each file is read from the connection when its part is read, and a
 * part left unread is skipped when the iteration moves on. So text fields sent after a file are known
 * only once the iteration has passed them (browsers send fields in form order).
 *
 * <pre>{@code
 * @Post(value = "/files", maxBodySize = 100 << 20)
 * List<String> upload(@Body MultipartForm form) throws IOException {
 *     List<String> saved = new ArrayList<>();
 *     for (FilePart file : form) {
 *         file.saveTo(uploads.resolve(safeName(file.filename())));
 *         saved.add(file.filename());
 *     }
 *     return saved;
 * }
 * }</pre>
 *
 * <p>Limits ({@link MultipartLimits}): a file over {@code maxFileSize} or a body over the route's
 * body limit answers {@code 413}; a text field over {@code maxFieldSize}, more than
 * {@code maxParts} parts or a malformed body answers {@code 400}. Single use, one thread.
 */
public interface MultipartForm extends Iterable<FilePart> {

    /**
     * Returns the file parts, in order; may be called once.
     *
     * @return the iterator; {@code next()} skips what is left of the previous part
     * @throws IllegalStateException when called a second time
     */
    @Override
    Iterator<FilePart> iterator();

    /**
     * Returns the text fields read so far (all of them once the iteration is over).
     *
     * @return the fields by name, in arrival order
     */
    Parameters fields();

    /**
     * Returns the first value of a text field read so far.
     *
     * @param name the field name
     * @return the value, or empty when not (yet) seen
     */
    default Optional<String> field(String name) {
        return fields().first(name);
    }

    /**
     * Reads to the end of the body, skipping any file parts not read yet, so that every text field is
     * in {@link #fields()}.
     *
     * @return the text fields
     */
    Parameters readFields();
}
