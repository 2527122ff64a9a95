package dev.kiln.http.router.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The route index: a resource {@value #RESOURCE} in a class-path root (a jar or a classes
 * directory) that lists the root's handler classes, one binary name per line, after the header line
 * {@value #HEADER}. {@link RouteIndexProcessor} writes it at compile time; the router reads it instead
 * of scanning with ClassGraph when every root that holds a scanned package has one, which saves the
 * scan's fixed cost (tens of milliseconds of CPU in a cold JVM).
 */
public final class RouteIndex {

    /** Where the index sits in its class-path root. */
    public static final String RESOURCE = "META-INF/kiln/route-index";

    /** The first line of an index this version reads; an index with another is not used. */
    public static final String HEADER = "# kiln route index 1";

    private RouteIndex() {
    }

    /**
     * Returns the handler classes that the indexes of the given roots list in the given packages (and
     * their subpackages).
     *
     * @param loader the class loader the roots belong to
     * @param roots the class-path roots that hold the packages, as {@link RouteScanner} names them
     * @param packages package names
     * @return binary class names, or {@code null} when a root has no index, or one that cannot be read
     *     or has another header: then the packages need a scan
     */
    static List<String> handlerClasses(ClassLoader loader, Collection<String> roots, List<String> packages) {
        try {
            Map<String, URL> indexes = new HashMap<>();
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                String root = RouteScanner.root(url, RESOURCE);
                if (root != null) {
                    indexes.putIfAbsent(root, url);
                }
            }
            List<String> names = new ArrayList<>();
            for (String root : roots) {
                URL index = indexes.get(root);
                if (index == null || !read(index, packages, names)) {
                    return null;
                }
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean read(URL index, List<String> packages, List<String> names) throws IOException {
        URLConnection connection = index.openConnection();
        connection.setUseCaches(false); // a cached jar file would stay open after the read
        try (InputStream in = connection.getInputStream();
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!HEADER.equals(lines.readLine())) {
                return false;
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && inPackages(name, packages)) {
                    names.add(name);
                }
            }
            return true;
        }
    }

    private static boolean inPackages(String className, List<String> packages) {
        for (String name : packages) {
            if (className.startsWith(name) && className.length() > name.length() && className.charAt(name.length()) == '.') {
                return true;
            }
        }
        return false;
    }
}
