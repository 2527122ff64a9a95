package dev.kiln.http.router.internal;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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
     * @throws IllegalStateException when a found class cannot be loaded
     */
    public static List<Class<?>> handlerClasses(List<String> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        TreeMap<String, ClassInfo> found = new TreeMap<>();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .acceptPackages(packages.toArray(String[]::new))
                .scan()) {
            for (Class<? extends Annotation> annotation : RouteMethod.ANNOTATIONS) {
                for (ClassInfo info : scan.getClassesWithMethodAnnotation(annotation)) {
                    found.put(info.getName(), info);
                }
            }
            List<Class<?>> classes = new ArrayList<>(found.size());
            for (ClassInfo info : found.values()) {
                try {
                    classes.add(info.loadClass());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("cannot load handler class " + info.getName() + ": " + e.getMessage(), e);
                }
            }
            return classes;
        }
    }
}
