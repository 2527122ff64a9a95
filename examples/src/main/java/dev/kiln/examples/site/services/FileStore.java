package dev.kiln.examples.site.services;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.NotFoundException;
import dev.kiln.http.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Stores uploaded files in one folder, by name.
 *
 * <p>A file is never seen half-written: the body is streamed into a temporary file in the same
 * folder, forced to disk, then moved over the target in one atomic rename. Two concurrent uploads of
 * the same name each write their own temporary file, so the name ends up holding one of them whole.
 * When the body fails (the client disconnects, the body is malformed) or goes over the limit, the
 * temporary file is deleted and nothing is stored. Temporary files start with a dot, which no valid
 * name does, so they are never served; ones left by a crash are removed at startup.
 *
 * <p>Valid names are 1 to 255 characters of {@code A-Z a-z 0-9 . _ -} that do not start with a dot
 * (so no {@code .}, {@code ..} or hidden files). Thread-safe: uploads share no state.
 */
public final class FileStore {

    private static final System.Logger LOG = System.getLogger(FileStore.class.getName());
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");
    private static final String TEMP_PREFIX = ".upload-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final long maxBytes;

    /**
     * Opens the store, creating the folder when missing and removing temporary files a crashed
     * run left behind.
     *
     * @param root the folder
     * @param maxBytes the largest file accepted, in bytes
     * @throws UncheckedIOException when the folder cannot be created or listed
     */
    public FileStore(Path root, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.root);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(this.root, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
                for (Path temp : stale) {
                    Files.deleteIfExists(temp);
                    LOG.log(Level.INFO, "removed unfinished upload {0}", temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the files folder " + this.root, e);
        }
    }

    /**
     * Returns the upload limit.
     *
     * @return the largest file accepted, in bytes
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Returns whether a name may be stored and fetched.
     *
     * @param name the name
     * @return whether it is valid
     */
    public static boolean isValidName(String name) {
        return name != null && VALID_NAME.matcher(name).matches();
    }

    /**
     * Returns the stored file of this name.
     *
     * @param name the name
     * @return the file's path
     * @throws BadRequestException when the name is not valid
     * @throws NotFoundException when no file of this name is stored
     */
    public Path find(String name) {
        Path file = resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no file named " + name);
        }
        return file;
    }

    /**
     * Stores a body under a name, replacing the file of that name when there is one.
     *
     * @param name the name
     * @param body the content; read to its end
     * @return the number of bytes stored
     * @throws BadRequestException when the name is not valid
     * @throws HttpException 413 when the body is longer than {@link #maxBytes()}; nothing is stored
     * @throws IOException when reading the body or writing the disk fails; nothing is stored
     */
    public long store(String name, InputStream body) throws IOException {
        Path target = resolve(name);
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        boolean stored = false;
        try {
            long size = copy(body, temp);
            move(temp, target);
            stored = true;
            return size;
        } finally {
            if (!stored) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private long copy(InputStream body, Path temp) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            int n;
            while ((n = body.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new HttpException(Status.CONTENT_TOO_LARGE_413,
                            "upload is larger than the limit of " + maxBytes + " bytes");
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return total;
    }

    private void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the files folder " + root + " does not support atomic renames", e);
        }
        syncFolder();
    }

    /** Forces the folder entry of the rename to disk, where the platform allows opening a folder. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(root, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the rename itself is still atomic there
            LOG.log(Level.DEBUG, "cannot sync folder {0}: {1}", root, e.toString());
        }
    }

    /**
     * Checks a name.
     *
     * @param name the name
     * @throws BadRequestException when it is not valid; the message says which names are
     */
    public static void requireValidName(String name) {
        if (!isValidName(name)) {
            throw new BadRequestException("invalid file name '" + printable(name)
                    + "': use 1 to 255 of A-Z a-z 0-9 . _ - and do not start with a dot");
        }
    }

    private Path resolve(String name) {
        requireValidName(name);
        Path file = root.resolve(name);
        if (!file.getParent().equals(root)) {
            throw new BadRequestException("invalid file name '" + name + "'");
        }
        return file;
    }

    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                text.append(String.format("\\x%02x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
