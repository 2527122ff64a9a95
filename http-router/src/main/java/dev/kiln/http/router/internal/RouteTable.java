package dev.kiln.http.router.internal;

import dev.kiln.http.core.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The routes as a tree of path segments. Matching walks the raw request path once, by index, without
 * regular expressions or splitting it into an array: at each segment a static child beats the
 * parameter child, which beats a wildcard, backtracking when a more specific branch leads nowhere.
 * One trailing slash on the request path is ignored ({@code /users/} matches {@code /users}).
 *
 * <p>Built once by one thread, then read concurrently without locks.
 */
public final class RouteTable {

    private static final int METHODS = Method.values().length;

    private final Node root = new Node();
    private final List<Route> routes = new ArrayList<>();
    private int maxValues;

    /**
     * Adds a route.
     *
     * @param route the route
     * @throws IllegalArgumentException when another route has the same method and an equivalent
     *     template, naming both
     */
    public void add(Route route) {
        Node node = root;
        for (PathTemplate.Segment segment : route.template().segments()) {
            node = switch (segment.kind()) {
                case STATIC -> node.staticChild(segment.text());
                case PARAM -> node.paramChild();
                case WILDCARD -> node;
            };
        }
        Route[] slots = route.template().hasWildcard() ? node.wildcardRoutes() : node.routes();
        Route existing = slots[route.method().ordinal()];
        if (existing != null) {
            String kind = existing.template().text().equals(route.template().text()) ? "the same route" : "ambiguous routes";
            throw new IllegalArgumentException(kind + ": " + route.method() + " " + existing.template() + " (" + existing.source()
                    + ") and " + route.method() + " " + route.template() + " (" + route.source() + ")");
        }
        slots[route.method().ordinal()] = route;
        routes.add(route);
        maxValues = Math.max(maxValues, route.template().parameterNames().size());
    }

    /**
     * Returns every route, in the order added.
     *
     * @return the routes
     */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Returns a capture sized for the routes of this table.
     *
     * @return an empty capture
     */
    public PathValues newValues() {
        return new PathValues(maxValues);
    }

    /**
     * Finds the route for a method and raw path.
     *
     * @param method the method
     * @param rawPath the percent-encoded path, starting with {@code /}
     * @param values receives the captured values
     * @return the route, or {@code null} when none matches this method
     */
    public Route find(Method method, String rawPath, PathValues values) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return null;
        }
        int end = rawPath.length() > 1 && rawPath.charAt(rawPath.length() - 1) == '/' ? rawPath.length() - 1 : rawPath.length();
        Route route = find(root, method.ordinal(), rawPath, 1, end, values);
        if (route != null) {
            values.matched(route.template());
        }
        return route;
    }

    /**
     * Returns the methods some route answers on this path.
     *
     * @param rawPath the percent-encoded path
     * @return the methods, empty when no route matches the path
     */
    public Set<Method> allowedMethods(String rawPath) {
        EnumSet<Method> allowed = EnumSet.noneOf(Method.class);
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return allowed;
        }
        int end = rawPath.length() > 1 && rawPath.charAt(rawPath.length() - 1) == '/' ? rawPath.length() - 1 : rawPath.length();
        collect(root, rawPath, 1, end, allowed);
        return allowed;
    }

    private static Route find(Node node, int method, String path, int start, int end, PathValues values) {
        if (start >= end) {
            Route exact = node.routes[method];
            if (exact != null) {
                return exact;
            }
            Route wildcard = node.wildcardRoutes == null ? null : node.wildcardRoutes[method];
            if (wildcard != null) {
                values.push("");
            }
            return wildcard;
        }
        int slash = path.indexOf('/', start);
        int segmentEnd = slash < 0 || slash > end ? end : slash;
        Node child = node.findStatic(path, start, segmentEnd);
        if (child != null) {
            Route found = find(child, method, path, segmentEnd + 1, end, values);
            if (found != null) {
                return found;
            }
        }
        if (node.param != null && segmentEnd > start) {
            int mark = values.size();
            values.push(PercentDecoder.decode(path, start, segmentEnd));
            Route found = find(node.param, method, path, segmentEnd + 1, end, values);
            if (found != null) {
                return found;
            }
            values.truncate(mark);
        }
        Route wildcard = node.wildcardRoutes == null ? null : node.wildcardRoutes[method];
        if (wildcard != null) {
            values.push(path.substring(start));
        }
        return wildcard;
    }

    private static void collect(Node node, String path, int start, int end, Set<Method> allowed) {
        if (node.wildcardRoutes != null) {
            addAll(node.wildcardRoutes, allowed);
        }
        if (start >= end) {
            addAll(node.routes, allowed);
            return;
        }
        int slash = path.indexOf('/', start);
        int segmentEnd = slash < 0 || slash > end ? end : slash;
        Node child = node.findStatic(path, start, segmentEnd);
        if (child != null) {
            collect(child, path, segmentEnd + 1, end, allowed);
        }
        if (node.param != null && segmentEnd > start) {
            collect(node.param, path, segmentEnd + 1, end, allowed);
        }
    }

    private static void addAll(Route[] slots, Set<Method> allowed) {
        for (Route route : slots) {
            if (route != null) {
                allowed.add(route.method());
            }
        }
    }

    /** A node of the tree: the routes ending at it and its children. */
    private static final class Node {
        private String[] staticSegments = new String[0];
        private Node[] staticChildren = new Node[0];
        private Node param;
        private final Route[] routes = new Route[METHODS];
        private Route[] wildcardRoutes;

        Node staticChild(String segment) {
            for (int i = 0; i < staticSegments.length; i++) {
                if (staticSegments[i].equals(segment)) {
                    return staticChildren[i];
                }
            }
            Node child = new Node();
            staticSegments = Arrays.copyOf(staticSegments, staticSegments.length + 1);
            staticChildren = Arrays.copyOf(staticChildren, staticChildren.length + 1);
            staticSegments[staticSegments.length - 1] = segment;
            staticChildren[staticChildren.length - 1] = child;
            return child;
        }

        Node paramChild() {
            if (param == null) {
                param = new Node();
            }
            return param;
        }

        Route[] routes() {
            return routes;
        }

        Route[] wildcardRoutes() {
            if (wildcardRoutes == null) {
                wildcardRoutes = new Route[METHODS];
            }
            return wildcardRoutes;
        }

        /** Finds the static child for {@code path[start, end)}, decoding it only if it has a {@code %}. */
        Node findStatic(String path, int start, int end) {
            int length = end - start;
            String[] segments = staticSegments;
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.length() == length && path.regionMatches(start, segment, 0, length)) {
                    return staticChildren[i];
                }
            }
            if (segments.length > 0 && path.indexOf('%', start) >= 0 && path.indexOf('%', start) < end) {
                String decoded = PercentDecoder.decode(path, start, end);
                for (int i = 0; i < segments.length; i++) {
                    if (segments[i].equals(decoded)) {
                        return staticChildren[i];
                    }
                }
            }
            return null;
        }
    }
}
