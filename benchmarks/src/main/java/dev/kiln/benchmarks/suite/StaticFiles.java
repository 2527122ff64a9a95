package dev.kiln.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The static files of the suite: {@code 4k.bin} (4,096 bytes) and {@code 1m.bin} (1,048,576 bytes). */
public final class StaticFiles {

    /** The small file's name. */
    public static final String SMALL = "4k.bin";
    /** The large file's name. */
    public static final String LARGE = "1m.bin";

    private StaticFiles() {
    }

    /**
     * Writes both files into {@code folder} unless they are there with the right size.
     *
     * @param folder the folder, created when missing
     * @return the folder
     * @throws IOException when the files cannot be written
     */
    public static Path ensure(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve(SMALL), 4 * 1024);
        write(folder.resolve(LARGE), 1024 * 1024);
        return folder;
    }

    /**
     * Returns the file a request path under {@code /static/} names, or null when it names none.
     *
     * @param folder the folder of the files
     * @param name the last path segment
     * @return the file, or null
     */
    public static Path resolve(Path folder, String name) {
        return SMALL.equals(name) || LARGE.equals(name) ? folder.resolve(name) : null;
    }

    private static void write(Path file, int size) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return;
        }
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        Files.write(partial, bytes);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
