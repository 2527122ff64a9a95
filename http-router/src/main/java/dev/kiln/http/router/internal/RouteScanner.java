package dev.kiln.http.router.internal;

import dev.kiln.http.router.Controller;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds handler classes: the classes of the given packages (and their subpackages) that declare at
 * least one method annotated {@code @Get}, {@code @Post}, {@code @Put}, {@code @Patch} or
 * {@code @Delete}, with their {@code @Controller} prefix and those methods' route and binding
 * annotations as the class files declare them (so that building the routes need not ask reflection
 * for them). From the {@link RouteIndex} when every class-path root that holds the packages has one;
 * otherwise with ClassGraph. Runs once, at router build time.
 */
public final class RouteScanner {

    private RouteScanner() {
    }

    /**
     * What a scan found: the handler classes, and what their class files declare.
     *
     * @param classes the handler classes, sorted by name (so route order and messages are stable)
     * @param methods by class name, method name and descriptor: each route method's route and
     *     binding annotations
     * @param prefixes by class name: each handler class's {@code @Controller} value, {@code ""} for none
     * @param source how they were found, for the log: {@code "ClassGraph"} or {@code "route index"}
     */
    public record Found(List<Class<?>> classes, Map<String, ScannedMethod> methods, Map<String, String> prefixes, String source) {

        /**
         * Returns what the class file declares on a method of a handler class.
         *
         * @param method a method of one of {@link #classes()}
         * @return its annotations, or {@code null} when it is not a route method
         */
        public ScannedMethod method(java.lang.reflect.Method method) {
            return methods.get(key(method));
        }

        /**
         * Returns a handler class's path prefix.
         *
         * @param type one of {@link #classes()}
         * @return its {@code @Controller} value, {@code ""} for none
         */
        public String prefix(Class<?> type) {
            return prefixes.getOrDefault(type.getName(), "");
        }
    }

    /**
     * Scans packages.
     *
     * @param packages package names, e.g. {@code com.example.app}
     * @return the handler classes, sorted by name (so route order and messages are stable), and their
     *     route methods' annotations
     * @throws IllegalStateException when a package has no handler class (a typo would otherwise
     *     leave every route missing), or a found class cannot be loaded
     */
    public static Found handlerClasses(List<String> packages) {
        if (packages.isEmpty()) {
            return new Found(List.of(), Map.of(), Map.of(), "nothing to scan");
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RouteScanner.class.getClassLoader();
        }
        List<String> roots = rootsHolding(packages, loader);
        RouteIndex.Contents index = roots == null ? null : RouteIndex.read(roots, packages);
        List<Class<?>> classes = index == null ? null : indexedClasses(loader, index);
        Map<String, ScannedMethod> methods;
        Map<String, String> prefixes;
        String source = "route index";
        if (classes != null) {
            methods = index.methods();
            prefixes = index.prefixes();
        } else {
            methods = new HashMap<>();
            prefixes = new HashMap<>();
            TreeSet<String> names = new TreeSet<>();
            scan(packages, roots, names, methods, prefixes);
            classes = new ArrayList<>(names.size());
            for (String name : names) {
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load handler class " + name + ": " + e, e);
                }
            }
            source = "ClassGraph";
        }
        for (String name : packages) {
            if (!hasClassIn(classes, name)) {
                throw new IllegalStateException("no handler classes in package " + name
                        + ": no class there has a method annotated @Get, @Post, @Put, @Patch or @Delete");
            }
        }
        return new Found(List.copyOf(classes), Map.copyOf(methods), Map.copyOf(prefixes), source);
    }

    /**
     * The handler classes the route indexes list, sorted by name; {@code null} when an index is out
     * of date (left from an earlier compile): it names a class that cannot be loaded, or a route
     * method that its class does not declare.
     */
    private static List<Class<?>> indexedClasses(ClassLoader loader, RouteIndex.Contents index) {
        Set<String> declared = new HashSet<>();
        List<Class<?>> classes = new ArrayList<>(index.classes().size());
        for (String name : new TreeSet<>(index.classes())) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                    declared.add(key(method));
                }
                classes.add(type);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }
        return declared.containsAll(index.methods().keySet()) ? classes : null;
    }

    /** Adds the handler classes ClassGraph finds in the packages, their prefixes and what their methods declare. */
    private static void scan(List<String> packages, List<String> roots, TreeSet<String> names, Map<String, ScannedMethod> methods,
            Map<String, String> prefixes) {
        ClassGraph graph = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .acceptPackages(packages.toArray(new String[0]));
        if (roots != null) {
            // the packages are in these roots: no jar or module elsewhere needs opening, and a
            // handful of roots is faster scanned by this thread than handed to a pool
            graph.overrideClasspath(roots).disableModuleScanning();
        }
        try (ScanResult scan = roots != null ? graph.scan(1) : graph.scan()) {
            for (Class<? extends Annotation> annotation : RouteMethod.ANNOTATIONS) {
                for (ClassInfo info : scan.getClassesWithMethodAnnotation(annotation)) {
                    if (names.add(info.getName())) {
                        readMethods(info, methods);
                        AnnotationInfo controller = info.getAnnotationInfo(Controller.class.getName());
                        Object prefix = controller == null ? null : controller.getParameterValues(false).getValue("value");
                        prefixes.put(info.getName(), prefix instanceof String text ? text : "");
                    }
                }
            }
        }
    }

    /** A method's key: {@code com.example.Greetings#echo(Ljava/lang/String;)Ljava/lang/String;}. */
    static String key(java.lang.reflect.Method method) {
        StringBuilder key = new StringBuilder(96).append(method.getDeclaringClass().getName()).append('#')
                .append(method.getName()).append('(');
        for (Class<?> parameter : method.getParameterTypes()) {
            key.append(parameter.descriptorString());
        }
        return key.append(')').append(method.getReturnType().descriptorString()).toString();
    }

    private static void readMethods(ClassInfo type, Map<String, ScannedMethod> methods) {
        for (MethodInfo method : type.getDeclaredMethodInfo()) {
            List<RouteMethod> routes = new ArrayList<>(1);
            for (int i = 0; i < RouteMethod.ANNOTATIONS.size(); i++) {
                AnnotationInfo route = method.getAnnotationInfo(RouteMethod.ANNOTATIONS.get(i).getName());
                if (route != null) {
                    routes.add(routeMethod(i, route.getParameterValues(false)));
                }
            }
            if (routes.isEmpty()) {
                continue;
            }
            methods.put(type.getName() + "#" + method.getName() + method.getTypeDescriptorStr(),
                    new ScannedMethod(routes, bindings(method.getParameterInfo())));
        }
    }

    private static RouteMethod routeMethod(int index, AnnotationParameterValueList values) {
        Object path = values.getValue("value");
        Object produces = values.getValue("produces");
        Object maxBodySize = values.getValue("maxBodySize");
        return new RouteMethod(RouteMethod.METHODS.get(index), path instanceof String text ? text : "",
                produces instanceof String text ? text : RouteMethod.DEFAULT_PRODUCES,
                maxBodySize instanceof Long limit ? limit : RouteMethod.DEFAULT_MAX_BODY_SIZE,
                "@" + RouteMethod.ANNOTATIONS.get(index).getSimpleName());
    }

    /** The binding annotation of each parameter, or {@code null} (reflection decides) when one has two. */
    private static List<ParameterBinding> bindings(MethodParameterInfo[] parameters) {
        List<ParameterBinding> bindings = new ArrayList<>(parameters.length);
        for (MethodParameterInfo parameter : parameters) {
            ParameterBinding binding = ParameterBinding.NONE;
            for (AnnotationInfo annotation : parameter.getAnnotationInfo()) {
                Class<? extends Annotation> kind = bindingType(annotation.getName());
                if (kind == null) {
                    continue;
                }
                if (binding != ParameterBinding.NONE) {
                    return null;
                }
                Object value = annotation.getParameterValues(false).getValue("value");
                binding = new ParameterBinding(kind, value instanceof String text ? text : "");
            }
            bindings.add(binding);
        }
        return bindings;
    }

    private static Class<? extends Annotation> bindingType(String name) {
        for (Class<? extends Annotation> kind : ParameterBinding.ANNOTATIONS) {
            if (name.equals(kind.getName())) {
                return kind;
            }
        }
        return null;
    }

    private static boolean hasClassIn(List<Class<?>> classes, String packageName) {
        String prefix = packageName + ".";
        for (Class<?> type : classes) {
            if (type.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
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

    /**
     * Returns the class-path root of a resource the class loader found.
     *
     * @param url the resource's URL, {@code file:} or {@code jar:file:}
     * @param path the resource's path within the root, e.g. {@code com/example/app}
     * @return the root directory or jar file, or {@code null} for any other kind of URL
     */
    private static String root(URL url, String path) {
        try {
            if (url.getProtocol().equals("file")) {
                Path directory = Path.of(url.toURI());
                Path root = directory;
                int depth = path.split("/").length;
                for (int i = 0; i < depth; i++) {
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
