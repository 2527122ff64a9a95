package dev.kiln.http.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decoded name/value pairs from a query string or an {@code application/x-www-form-urlencoded} body,
 * in the order they arrived. A name may repeat ({@code ?tag=a&tag=b}). Immutable.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(Map.of());

    private final Map<String, List<String>> values;

    private Parameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Returns parameters with no pair.
     *
     * @return the empty parameters
     */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * Returns parameters holding these decoded pairs.
     *
     * @param values each name with its values in order; copied
     * @return the parameters
     */
    public static Parameters of(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new Parameters(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the first value of this name.
     *
     * @param name the exact (case-sensitive) name
     * @return the value, or empty when the name is absent
     */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    /**
     * Returns every value of this name, in order.
     *
     * @param name the exact (case-sensitive) name
     * @return the values, empty when the name is absent
     */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * Returns the names, in the order of their first occurrence.
     *
     * @return the names
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * Returns whether there is no pair.
     *
     * @return whether there is no pair
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the pairs as an unmodifiable map from each name to its values.
     *
     * @return the map view
     */
    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
