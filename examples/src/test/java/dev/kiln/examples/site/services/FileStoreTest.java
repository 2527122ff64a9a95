package dev.kiln.examples.site.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.NotFoundException;
import dev.kiln.http.core.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileStoreTest {

    @TempDir
    Path folder;

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void storesAndFindsAFile() throws IOException {
        FileStore store = new FileStore(folder, 1024);
        long size = store.store("notes.txt", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, size);
        assertEquals("hello", Files.readString(store.find("notes.txt")));
        assertEquals(List.of("notes.txt"), folderContents());
    }

    @Test
    void replacesAFileOfTheSameNameWhole() throws IOException {
        FileStore store = new FileStore(folder, 1024);
        store.store("a.bin", new ByteArrayInputStream(new byte[100]));
        store.store("a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(store.find("a.bin")));
    }

    @Test
    void acceptsABodyOfExactlyTheLimitAndRefusesOneByteMoreLeavingNothing() throws IOException {
        FileStore store = new FileStore(folder, 10);
        assertEquals(10, store.store("ten", new ByteArrayInputStream(new byte[10])));
        HttpException e = assertThrows(HttpException.class,
                () -> store.store("eleven", new ByteArrayInputStream(new byte[11])));
        assertEquals(Status.CONTENT_TOO_LARGE_413, e.status());
        assertEquals(List.of("ten"), folderContents());
    }

    @Test
    void leavesNothingWhenTheBodyFailsMidway() throws IOException {
        FileStore store = new FileStore(folder, 1 << 20);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 5000) {
                    return 'x';
                }
                throw new IOException("client went away");
            }
        };
        assertThrows(IOException.class, () -> store.store("partial.txt", failing));
        assertEquals(List.of(), folderContents());
        assertThrows(NotFoundException.class, () -> store.find("partial.txt"));
    }

    @Test
    void keepsTheOldFileWhenAReplacementFails() throws IOException {
        FileStore store = new FileStore(folder, 10);
        store.store("keep", new ByteArrayInputStream(new byte[] {7}));
        assertThrows(HttpException.class, () -> store.store("keep", new ByteArrayInputStream(new byte[50])));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(store.find("keep")));
    }

    @Test
    void removesUnfinishedUploadsLeftByACrash() throws IOException {
        Files.writeString(folder.resolve(".upload-123.tmp"), "half");
        Files.writeString(folder.resolve("kept.txt"), "whole");
        new FileStore(folder, 10);
        assertEquals(List.of("kept.txt"), folderContents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../etc/passwd", "a/b", "a\\b", "/etc/passwd", ".hidden",
            ".upload-1.tmp", "name with space", "caf\u00e9", "nul\u0000byte", "%2e%2e", "..%2fsecret", "C:x"})
    void refusesNamesOutsideTheAllowedSetWith400(String name) {
        FileStore store = new FileStore(folder, 10);
        assertThrows(BadRequestException.class, () -> store.find(name));
        assertThrows(BadRequestException.class, () -> store.store(name, new ByteArrayInputStream(new byte[1])));
        assertFalse(FileStore.isValidName(name));
    }

    @Test
    void acceptsNamesOfLettersDigitsDotsDashesAndUnderscores() {
        assertTrue(FileStore.isValidName("report-2026_01.final.pdf"));
        assertTrue(FileStore.isValidName("a".repeat(255)));
        assertFalse(FileStore.isValidName("a".repeat(256)));
    }

    @Test
    void answersNotFoundForAMissingFile() {
        FileStore store = new FileStore(folder, 10);
        NotFoundException e = assertThrows(NotFoundException.class, () -> store.find("missing.txt"));
        assertEquals("no file named missing.txt", e.getMessage());
    }
}
