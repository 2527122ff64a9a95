package dev.kiln.http.tls.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looked like when it was read: modification time, size and identity (inode), read
 * through symbolic links. A file replaced by a rename or a re-pointed link (as certbot does) gets a
 * new stamp even when the time is older.
 *
 * @param file the file
 * @param modified the modification time, or {@code null} when it could not be read
 * @param size the size in bytes, or -1
 * @param identity the file key, or {@code null}
 */
record FileStamp(Path file, FileTime modified, long size, Object identity) {

    /** Returns the file's stamp now; a missing file gets a stamp of its own, never an exception. */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(file, attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            return new FileStamp(file, null, -1, null);
        }
    }
}
