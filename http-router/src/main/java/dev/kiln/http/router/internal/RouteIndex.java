package dev.kiln.http.router.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The route index: a resource {@value #RESOURCE} in a class-path root (a jar or a classes
 * directory) that lists the root's handler classes and what their route methods declare, so that the
 * router needs neither a ClassGraph scan nor reflection on annotations at start-up (each annotation
 * type read by reflection costs a proxy class generated while the JVM is cold). {@link
 * RouteIndexProcessor} writes it at compile time.
 *
 * <p>The format: the line {@value #HEADER}, then for each handler class a {@code class} line and
 * one {@code route} line per route annotation and one {@code bind} line per route method; fields are
 * separated by tabs, and a backslash, tab, line feed or carriage return in a value is written {@code
 * \\}, {@code \t}, {@code \n} or {@code \r}:
 * <pre>
 * class   com.example.Orders    /api                      (binary name, @Controller value or "")
 * route   place(J)Ljava/lang/String;  Post  /orders/{id}  application/json  -1
 * bind    place(J)Ljava/lang/String;  PathParam=id        (one field per parameter)
 * </pre>
 * A {@code route} line gives the method's name and descriptor, the annotation's simple name, its
 * {@code value}, {@code produces} and {@code maxBodySize}. A {@code bind} field is the binding
 * annotation's simple name, {@code =} and its {@code value} ({@code Body=} for a body); {@code none}
 * for a parameter without one, or {@code ?} when it has more than one (the router then reads them by
 * reflection, to say which).
 *
 * <p>Indexes appended into one, as merging jars into one does (maven-shade-plugin's {@code
 * AppendingTransformer}), read as one: the header line may recur.
 */
public final class RouteIndex {

    /** Where the index sits in its class-path root. */
    public static final String RESOURCE = "META-INF/kiln/route-index";

    /** The first line of an index this version reads; an index with another is not used. */
    public static final String HEADER = "# kiln route index 2";

    static final String CLASS = "class";
    static final String ROUTE = "route";
    static final String BIND = "bind";
    static final String NO_BINDING = "none";
    static final String AMBIGUOUS = "?";

    private RouteIndex() {
    }

    /**
     * What the indexes list in the scanned packages.
     *
     * @param classes the handler classes' binary names
     * @param methods by {@code class#name(descriptor)}: each route method's annotations
     * @param prefixes by class name: the {@code @Controller} value, {@code ""} for none
     */
    record Contents(List<String> classes, Map<String, ScannedMethod> methods, Map<String, String> prefixes) {
    }

    /**
     * Returns what the indexes of the given roots list in the given packages (and their subpackages).
     *
     * @param roots the class-path roots that hold the packages (jar files or classes directories), as
     *     {@link RouteScanner} names them
     * @param packages package names
     * @return the indexed classes and methods, or {@code null} when a root has no index, or one that
     *     cannot be read, is of another version or is malformed: then the packages need a scan
     */
    static Contents read(Collection<String> roots, List<String> packages) {
        try {
            Contents contents = new Contents(new ArrayList<>(), new HashMap<>(), new HashMap<>());
            for (String root : roots) {
                byte[] index = indexIn(Path.of(root));
                if (index == null || !read(index, packages, contents)) {
                    return null;
                }
            }
            return contents;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A root's index, read from its jar or directory rather than through a {@code jar:} URL, which
     * would open the jar a second time.
     */
    private static byte[] indexIn(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            Path index = root.resolve(RESOURCE);
            return Files.isRegularFile(index) ? Files.readAllBytes(index) : null;
        }
        // a ZipFile, not a JarFile: the index is not versioned, and a JarFile would read the manifest again
        try (ZipFile jar = new ZipFile(root.toFile())) {
            ZipEntry index = jar.getEntry(RESOURCE);
            if (index == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(index)) {
                return in.readAllBytes();
            }
        }
    }

    private static boolean read(byte[] index, List<String> packages, Contents contents) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(index), StandardCharsets.UTF_8))) {
            if (!HEADER.equals(lines.readLine())) {
                return false;
            }
            String className = null;
            Map<String, List<RouteMethod>> routes = new HashMap<>();
            Map<String, List<ParameterBinding>> bindings = new HashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.equals(HEADER)) {
                    continue;
                }
                String[] fields = fields(line);
                switch (fields[0]) {
                    case CLASS -> {
                        if (fields.length != 3) {
                            return false;
                        }
                        className = inPackages(fields[1], packages) ? fields[1] : null;
                        if (className != null) {
                            contents.classes().add(className);
                            contents.prefixes().put(className, fields[2]);
                        }
                    }
                    case ROUTE -> {
                        RouteMethod route = route(fields);
                        if (route == null) {
                            return false;
                        }
                        if (className != null) {
                            routes.computeIfAbsent(className + "#" + fields[1], key -> new ArrayList<>(1)).add(route);
                        }
                    }
                    case BIND -> {
                        if (fields.length < 2) {
                            return false;
                        }
                        List<ParameterBinding> parameters = bindings(fields);
                        if (className != null) {
                            bindings.put(className + "#" + fields[1], parameters);
                        }
                    }
                    default -> {
                        return false;
                    }
                }
            }
            for (Map.Entry<String, List<RouteMethod>> method : routes.entrySet()) {
                if (!bindings.containsKey(method.getKey())) {
                    return false;
                }
                contents.methods().put(method.getKey(), new ScannedMethod(List.copyOf(method.getValue()), bindings.get(method.getKey())));
            }
            return true;
        }
    }

    /** A {@code route} line's annotation, or {@code null} when the line is malformed. */
    private static RouteMethod route(String[] fields) {
        int kind = fields.length == 6 ? named(RouteMethod.ANNOTATIONS, fields[2]) : -1;
        if (kind < 0) {
            return null;
        }
        try {
            return new RouteMethod(RouteMethod.METHODS.get(kind), fields[3], fields[4], Long.parseLong(fields[5]), "@" + fields[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A {@code bind} line's bindings, or {@code null} when a parameter has several (reflection decides). */
    private static List<ParameterBinding> bindings(String[] fields) {
        List<ParameterBinding> parameters = new ArrayList<>(fields.length - 2);
        for (int i = 2; i < fields.length; i++) {
            String field = fields[i];
            if (field.equals(AMBIGUOUS)) {
                return null;
            }
            if (field.equals(NO_BINDING)) {
                parameters.add(ParameterBinding.NONE);
                continue;
            }
            int equals = field.indexOf('=');
            int kind = equals < 0 ? -1 : named(ParameterBinding.ANNOTATIONS, field.substring(0, equals));
            if (kind < 0) {
                throw new IllegalArgumentException("unknown binding " + field);
            }
            parameters.add(new ParameterBinding(ParameterBinding.ANNOTATIONS.get(kind), field.substring(equals + 1)));
        }
        return List.copyOf(parameters);
    }

    /** The index of the annotation type with this simple name, or -1. */
    private static int named(List<Class<? extends Annotation>> annotations, String simpleName) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).getSimpleName().equals(simpleName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns how a binding annotation is written in a {@code bind} line.
     *
     * @param binding the parameter's binding annotation, {@link ParameterBinding#NONE} for none
     * @return the field, before escaping
     */
    static String bindingField(ParameterBinding binding) {
        return binding.type() == null ? NO_BINDING : binding.type().getSimpleName() + "=" + binding.value();
    }

    /**
     * Joins fields into a line, escaping each.
     *
     * @param fields the values
     * @return the line, without its line feed
     */
    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder(80);
        for (String field : fields) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }

    /**
     * Splits a line at its tabs and unescapes each field.
     *
     * @throws IllegalArgumentException on an unknown or unfinished escape
     */
    static String[] fields(String line) {
        if (line.indexOf('\\') < 0) {
            return line.split("\t", -1); // nothing escaped: split on the tabs (String.split's fast path for one char)
        }
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\') {
                char escaped = ++i < line.length() ? line.charAt(i) : ' ';
                field.append(switch (escaped) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
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
