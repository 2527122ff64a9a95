package dev.kiln.http.router.internal;

import dev.kiln.http.router.BeforeFilter;

/**
 * A before-filter and the path prefix it applies to: {@code /admin} covers {@code /admin} and
 * {@code /admin/...}, not {@code /administrator}; {@code /} covers everything.
 *
 * @param prefix the decoded path prefix, without a trailing slash (except {@code /})
 * @param filter the filter
 */
public record ScopedBeforeFilter(String prefix, BeforeFilter filter) {

    /**
     * Returns whether the filter applies to a path.
     *
     * @param path the decoded request path
     * @return whether it applies
     */
    public boolean applies(String path) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/';
    }
}
