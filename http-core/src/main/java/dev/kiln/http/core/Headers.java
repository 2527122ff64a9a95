package dev.kiln.http.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An ordered multimap of header fields whose names compare case-insensitively (RFC 9110 §5.1).
 * Fields keep the order and spelling in which they were added.
 *
 * <p>Request headers are read-only: their mutators throw {@link UnsupportedOperationException}.
 * Instances are not thread-safe.
 */
public final class Headers {

    /** RFC 9110 §5.6.2 tchar: visible ASCII except the delimiters. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }

    private String[] names;
    private String[] values;
    private int size;
    private boolean readOnly;

    /** Creates an empty, mutable set of headers. */
    public Headers() {
        this(8);
    }

    /**
     * Creates an empty, mutable set of headers with room for this many fields before it grows.
     *
     * @param expectedFields how many fields are expected; any number may be added
     */
    public Headers(int expectedFields) {
        int capacity = Math.max(1, expectedFields);
        names = new String[capacity];
        values = new String[capacity];
    }

    /**
     * Returns a mutable copy of these headers.
     *
     * @return the copy
     */
    public Headers copy() {
        Headers copy = new Headers(Math.max(size, 4));
        System.arraycopy(names, 0, copy.names, 0, size);
        System.arraycopy(values, 0, copy.values, 0, size);
        copy.size = size;
        return copy;
    }

    /**
     * Makes these headers read-only and returns them.
     *
     * @return this instance, now read-only
     */
    public Headers freeze() {
        readOnly = true;
        return this;
    }

    /**
     * Returns the value of the first field with this name.
     *
     * @param name the field name, any case
     * @return the value, or {@code null} when there is no such field
     */
    public String first(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * Returns the values of every field with this name, in order.
     *
     * @param name the field name, any case
     * @return the values, empty when there is none
     */
    public List<String> all(String name) {
        List<String> found = new ArrayList<>(2);
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                found.add(values[i]);
            }
        }
        return found;
    }

    /**
     * Returns whether a field with this name is present.
     *
     * @param name the field name, any case
     * @return whether it is present
     */
    public boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * Returns whether the comma-separated list in the fields with this name has this element,
     * compared case-insensitively (e.g. {@code Connection: keep-alive, Upgrade} has {@code upgrade}).
     *
     * @param name the field name, any case
     * @param token the list element to look for
     * @return whether it is present
     */
    public boolean containsToken(String name, String token) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                for (String element : values[i].split(",")) {
                    if (element.strip().equalsIgnoreCase(token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Returns the distinct field names, in the spelling and order of their first occurrence.
     *
     * @return the names
     */
    public Set<String> names() {
        Set<String> seen = new LinkedHashSet<>();
        outer:
        for (int i = 0; i < size; i++) {
            for (String name : seen) {
                if (name.equalsIgnoreCase(names[i])) {
                    continue outer;
                }
            }
            seen.add(names[i]);
        }
        return seen;
    }

    /**
     * Calls {@code action} with each field's name and value, in order.
     *
     * @param action what to do with each field
     */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /**
     * Returns the number of fields (not of distinct names).
     *
     * @return the number of fields
     */
    public int size() {
        return size;
    }

    /**
     * Returns whether there is no field.
     *
     * @return whether there is no field
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns the name of the field at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return the name as added
     */
    public String nameAt(int index) {
        return names[checkIndex(index)];
    }

    /**
     * Returns the value of the field at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return the value
     */
    public String valueAt(int index) {
        return values[checkIndex(index)];
    }

    /**
     * Adds a field, keeping any others of the same name.
     *
     * @param name the field name, a token (RFC 9110 §5.1)
     * @param value the value, without CR, LF or NUL
     * @return this instance
     * @throws IllegalArgumentException when the name or value could not be written safely
     * @throws UnsupportedOperationException when these headers are read-only
     */
    public Headers add(String name, String value) {
        checkWritable();
        checkName(name);
        checkValue(name, value);
        append(name, value);
        return this;
    }

    /**
     * Replaces every field of this name with one field of this value.
     *
     * @param name the field name, a token (RFC 9110 §5.1)
     * @param value the value, without CR, LF or NUL
     * @return this instance
     * @throws IllegalArgumentException when the name or value could not be written safely
     * @throws UnsupportedOperationException when these headers are read-only
     */
    public Headers set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    /**
     * Removes every field of this name.
     *
     * @param name the field name, any case
     * @return this instance
     * @throws UnsupportedOperationException when these headers are read-only
     */
    public Headers remove(String name) {
        checkWritable();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!names[i].equalsIgnoreCase(name)) {
                names[kept] = names[i];
                values[kept] = values[i];
                kept++;
            }
        }
        Arrays.fill(names, kept, size, null);
        Arrays.fill(values, kept, size, null);
        size = kept;
        return this;
    }

    private void append(String name, String value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    private void checkWritable() {
        if (readOnly) {
            throw new UnsupportedOperationException("these headers are read-only");
        }
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("header index " + index + " out of 0.." + (size - 1));
        }
        return index;
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                throw new IllegalArgumentException("header name has a character not allowed in a token: " + name);
            }
        }
    }

    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0 || c > 0xff) {
                throw new IllegalArgumentException("value of header " + name + " has CR, LF, NUL or a non-Latin-1 character");
            }
        }
    }

    private static boolean isTokenChar(int c) {
        return c < 128 && TOKEN[c];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < size; i++) {
            text.append(names[i]).append(": ").append(values[i]).append('\n');
        }
        return text.toString();
    }
}
