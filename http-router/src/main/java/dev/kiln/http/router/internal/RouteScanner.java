package dev.kiln.http.router.internal;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds handler classes with ClassGraph: the classes of the given packages (and their subpackages)
 * that declare at least one method annotated {@code @Get}, {@code @Post}, {@code @Put},
 * {@code @Patch} or {@code @Delete}. Runs once, at router build time; an annotation processor could
 * replace it without touching dispatch.
 */
public final class RouteScanner {

    private RouteScanner() {
    }

    /**
     * Scans packages.
     *
     * @param packages package names, e.g. {@code com.example.app}
     * @return the handler classes, sorted by name (so route order and messages are stable)
     * @throws IllegalStateException when a package has no handler class (a typo would otherwise
     *     leave every route missing), or a found class cannot be loaded
     */
    public static List<Class<?>> handlerClasses(List<String> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RouteScanner.class.getClassLoader();
        }
        ClassGraph graph = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .acceptPackages(packages.toArray(String[]::new));
        List<String> roots = rootsHolding(packages, loader);
        if (roots != null) {
            // the packages are in these roots: no jar or module elsewhere needs opening, and a
            // handful of roots is faster scanned by this thread than handed to a pool
            graph.overrideClasspath(roots).disableModuleScanning();
        }
        TreeSet<String> names = new TreeSet<>();
        try (ScanResult scan = roots != null ? graph.scan(1) : graph.scan()) {
            for (Class<? extends Annotation> annotation : RouteMethod.ANNOTATIONS) {
                for (ClassInfo info : scan.getClassesWithMethodAnnotation(annotation)) {
                    names.add(info.getName());
                }
            }
        }
        for (String name : packages) {
            if (names.stream().noneMatch(found -> found.startsWith(name + "."))) {
                throw new IllegalStateException("no handler classes in package " + name
                        + ": no class there has a method annotated @Get, @Post, @Put, @Patch or @Delete");
            }
        }
        List<Class<?>> classes = new ArrayList<>(names.size());
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load handler class " + name + ": " + e, e);
            }
        }
        return classes;
    }

    /**
     * Returns the class-path roots (directories and jars) that hold the packages, as the class loader
     * sees them, so that ClassGraph opens only those instead of every jar: most of a cold scan's time
     * goes into opening jars. Returns {@code null} (scan everything) when a package is not found that
     * way: on the module path (packages of named modules are encapsulated), in nested jars, or in
     * jars built without directory entries.
     */
    private static List<String> rootsHolding(List<String> packages, ClassLoader loader) {
        LinkedHashSet<String> roots = new LinkedHashSet<>();
        try {
            for (String name : packages) {
                String path = name.replace('.', '/');
                Enumeration<URL> urls = loader.getResources(path);
                if (!urls.hasMoreElements()) {
                    return null;
                }
                while (urls.hasMoreElements()) {
                    String root = root(urls.nextElement(), path);
                    if (root == null) {
                        return null;
                    }
                    roots.add(root);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new ArrayList<>(roots);
    }

    private static String root(URL url, String packagePath) {
        try {
            if (url.getProtocol().equals("file")) {
                Path directory = Path.of(url.toURI());
                Path root = directory;
                for (int i = 0; i < packagePath.split("/").length; i++) {
                    root = root.getParent();
                }
                return root.toString();
            }
            if (url.getProtocol().equals("jar")) {
                String spec = url.getFile();
                int separator = spec.indexOf("!/");
                if (separator < 0 || !spec.startsWith("file:") || spec.indexOf("!/", separator + 2) >= 0) {
                    return null;
                }
                return Path.of(new URI(spec.substring(0, separator))).toString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
