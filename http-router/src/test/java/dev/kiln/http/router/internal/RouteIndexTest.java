package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route index: the annotation processor lists the handler classes of a compile, and the router
 * takes them from there instead of scanning, unless the index is missing or out of date.
 */
class RouteIndexTest {

    private static final Map<String, String> APP = Map.of(
            "shop/Greetings.java", """
                    package shop;
                    public class Greetings {
                        @dev.kiln.http.router.Get("/hello") public String hello() { return "hello"; }
                        public String notARoute() { return ""; }
                    }
                    """,
            "shop/Orders.java", """
                    package shop;
                    public class Orders {
                        public static class Api {
                            @dev.kiln.http.router.Post("/orders") public String place() { return "placed"; }
                        }
                    }
                    """,
            "shop/Plain.java", """
                    package shop;
                    public class Plain { public String name() { return "plain"; } }
                    """,
            "shop/admin/Tools.java", """
                    package shop.admin;
                    public class Tools {
                        @dev.kiln.http.router.Delete("/cache") public void clear() { }
                        @dev.kiln.http.router.Get("/cache") public String show() { return ""; }
                    }
                    """);

    @TempDir
    Path dir;

    @Test
    void processorListsEveryClassThatDeclaresARouteMethodAndNoOther() throws IOException {
        Path classes = compile(APP);
        assertEquals(List.of("shop.Greetings", "shop.Orders$Api", "shop.admin.Tools"), indexedClasses(classes));
    }

    @Test
    void processorWritesEachRouteMethodsAnnotations() throws IOException {
        Path classes = compile(APP);
        assertEquals(List.of(RouteIndex.HEADER,
                "class\tshop.Greetings\t",
                "route\thello()Ljava/lang/String;\tGet\t/hello\t\t-1",
                "bind\thello()Ljava/lang/String;",
                "class\tshop.Orders$Api\t",
                "route\tplace()Ljava/lang/String;\tPost\t/orders\t\t-1",
                "bind\tplace()Ljava/lang/String;",
                "class\tshop.admin.Tools\t",
                "route\tclear()V\tDelete\t/cache\t\t-1",
                "bind\tclear()V",
                "route\tshow()Ljava/lang/String;\tGet\t/cache\t\t-1",
                "bind\tshow()Ljava/lang/String;"), index(classes));
    }

    @Test
    void indexedAnnotationsAreWhatReflectionSees() throws IOException {
        Path classes = compile(Map.of("shop/Catalog.java", """
                package shop;
                import dev.kiln.http.router.*;
                import java.util.*;
                @Controller("/shop\\\\tab\\t")
                public class Catalog {
                    public record Item(String name) { }
                    @Get(value = "/items/{id}", produces = "text/plain") public String item(@PathParam("id") long id, @QueryParam Optional<String> q,
                            @Header("X-Trace") String trace, @Cookie("session") String session, dev.kiln.http.core.Request request) { return ""; }
                    @Post(value = "/items", maxBodySize = 4096) public void add(@Body Item item, String[][] grid, int[] numbers) { }
                    @Put("/both") @Patch("/both") public void twice() { }
                    @Delete("/odd") public <T extends Comparable<T>> T ambiguous(@PathParam("a") @QueryParam("b") T value) { return value; }
                    public void notARoute(@PathParam("x") String x) { }
                }
                """));
        RouteScanner.Found found = scan(classes, List.of("shop"));
        assertEquals("route index", found.source());
        Class<?> catalog = found.classes().getFirst();
        assertEquals(List.of("shop.Catalog"), names(found));
        assertEquals("/shop\\tab\t", found.prefix(catalog), "a backslash and a tab, escaped in the index");
        int routeMethods = 0;
        for (Method method : catalog.getDeclaredMethods()) {
            List<RouteMethod> reflected = RouteMethod.of(method::getDeclaredAnnotation);
            ScannedMethod indexed = found.method(method);
            if (reflected.isEmpty()) {
                assertNull(indexed, method.toString());
                continue;
            }
            routeMethods++;
            assertEquals(reflected, indexed.routes(), method.toString());
            assertEquals(method.getName().equals("ambiguous") ? null : reflectedBindings(method), indexed.parameters(), method.toString());
        }
        assertEquals(4, routeMethods);
    }

    @Test
    void compilingSomeSourcesAgainKeepsTheEntriesOfTheOthers() throws IOException {
        Path classes = compile(APP);
        compile(Map.of("shop/Plain.java", """
                package shop;
                public class Plain { @dev.kiln.http.router.Put("/plain") public String name() { return "plain"; } }
                """));
        assertEquals(List.of("shop.Greetings", "shop.Orders$Api", "shop.Plain", "shop.admin.Tools"), indexedClasses(classes));

        compile(Map.of("shop/Greetings.java", """
                package shop;
                public class Greetings { public String hello() { return "hello"; } }
                """));
        assertEquals(List.of("shop.Orders$Api", "shop.Plain", "shop.admin.Tools"), indexedClasses(classes));
    }

    @Test
    void compilingSomeSourcesAgainDropsTheEntriesOfDeletedClasses() throws IOException {
        Path classes = compile(APP);
        for (String name : List.of("Greetings.class", "Plain.class")) {
            Files.delete(classes.resolve("shop").resolve(name));
        }
        compile(Map.of("shop/Plain.java", "package shop;\npublic class Plain { }\n"));
        assertEquals(List.of("shop.Orders$Api", "shop.admin.Tools"), indexedClasses(classes));
    }

    @Test
    void routerTakesTheClassesTheIndexLists() throws IOException {
        Path classes = compile(APP);
        // an index that lists less than a scan would find shows which one the router used
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nclass\tshop.admin.Tools\t/admin\n"
                + "route\tshow()Ljava/lang/String;\tGet\t/cache\t\t-1\nbind\tshow()Ljava/lang/String;\n");
        RouteScanner.Found found = scan(classes, List.of("shop"));
        assertEquals("route index", found.source());
        assertEquals(List.of("shop.admin.Tools"), names(found));
        assertEquals(List.of("shop.admin.Tools#show()Ljava/lang/String;"), List.copyOf(found.methods().keySet()));
        assertEquals("/admin", found.prefix(found.classes().getFirst()), "the index, not the class file, says so");
    }

    @Test
    void routerReadsTheIndexInAJarAndKeepsToTheScannedPackages() throws IOException {
        Path jar = jar(compile(APP));
        RouteScanner.Found found = scan(jar, List.of("shop.admin"));
        assertEquals("route index", found.source());
        assertEquals(List.of("shop.admin.Tools"), names(found));
        assertEquals(List.of("shop.Greetings", "shop.Orders$Api", "shop.admin.Tools"), names(scan(jar, List.of("shop"))));
    }

    @Test
    void routerReadsIndexesAppendedIntoOneWhenJarsAreMerged() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nclass\tshop.Greetings\t\n"
                + "route\thello()Ljava/lang/String;\tGet\t/hello\t\t-1\nbind\thello()Ljava/lang/String;\n\n"
                + RouteIndex.HEADER + "\nclass\tshop.admin.Tools\t/admin\n"
                + "route\tshow()Ljava/lang/String;\tGet\t/cache\t\t-1\nbind\tshow()Ljava/lang/String;\n");
        RouteScanner.Found found = scan(classes, List.of("shop"));
        assertEquals("route index", found.source());
        assertEquals(List.of("shop.Greetings", "shop.admin.Tools"), names(found));
        assertEquals("/admin", found.prefix(found.classes().getLast()));
    }

    @Test
    void routerScansWhenAnAppendedIndexIsOfAnotherVersion() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nclass\tshop.Greetings\t\n"
                + "route\thello()Ljava/lang/String;\tGet\t/hello\t\t-1\nbind\thello()Ljava/lang/String;\n"
                + "# kiln route index 1\nshop.admin.Tools\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWithClassGraphWhenThereIsNoIndex() throws IOException {
        Path classes = compile(APP);
        Files.delete(classes.resolve(RouteIndex.RESOURCE));
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexNamesAMissingClass() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nclass\tshop.Greetings\t\nclass\tshop.Gone\t\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexNamesAMethodItsClassDoesNotDeclare() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nclass\tshop.Plain\t\n"
                + "route\tname(I)Ljava/lang/String;\tGet\t/name\t\t-1\nbind\tname(I)Ljava/lang/String;\tnone\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexIsOfAnotherVersion() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), "# kiln route index 1\nshop.Greetings\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexIsMalformed() throws IOException {
        Path classes = compile(APP);
        for (String body : List.of("shop.Greetings\n", "class\tshop.Greetings\n", "class\tshop.Greetings\t\nroute\thello()Ljava/lang/String;\tGet\t/hello\t\tmany\n",
                "class\tshop.Greetings\t\nroute\thello()Ljava/lang/String;\tGet\t/hello\t\t-1\n",
                "class\tshop.Greetings\t\nroute\thello()Ljava/lang/String;\tGet\t/hel\\lo\t\t-1\nbind\thello()Ljava/lang/String;\n")) {
            Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\n" + body);
            assertScannedWithClassGraph(scan(classes, List.of("shop")));
        }
    }

    @Test
    void routerScansWhenAnotherRootHoldingThePackageHasNoIndex() throws IOException {
        Path indexed = compile(APP);
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("shop"));
        Files.copy(indexed.resolve("shop/Plain.class"), other.resolve("shop/Plain.class"));
        assertScannedWithClassGraph(withLoader(new URL[] {indexed.toUri().toURL(), other.toUri().toURL()},
                () -> RouteScanner.handlerClasses(List.of("shop"))));
    }

    /** Compiles the sources with the processor into {@code dir/classes}, which is on the class path too. */
    private Path compile(Map<String, String> sources) throws IOException {
        Path src = Files.createTempDirectory(dir, "src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        List<String> options = List.of("-processor", RouteIndexProcessor.class.getName(), "-d", classes.toString(),
                "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(output, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(compiled, output.toString());
        }
        return classes;
    }

    private static List<String> index(Path classes) throws IOException {
        return Files.readAllLines(classes.resolve(RouteIndex.RESOURCE));
    }

    private static List<String> indexedClasses(Path classes) throws IOException {
        List<String> lines = index(classes);
        assertEquals(RouteIndex.HEADER, lines.getFirst());
        return lines.stream().filter(line -> line.startsWith("class\t")).map(line -> line.split("\t")[1]).toList();
    }

    private static List<ParameterBinding> reflectedBindings(Method method) {
        List<ParameterBinding> bindings = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            ParameterBinding binding = ParameterBinding.NONE;
            for (Annotation annotation : parameter.getAnnotations()) {
                if (ParameterBinding.ANNOTATIONS.contains(annotation.annotationType())) {
                    binding = ParameterBinding.of(annotation);
                }
            }
            bindings.add(binding);
        }
        return bindings;
    }

    private Path jar(Path classes) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean directory = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static RouteScanner.Found scan(Path root, List<String> packages) throws IOException {
        return withLoader(new URL[] {root.toUri().toURL()}, () -> RouteScanner.handlerClasses(packages));
    }

    private static RouteScanner.Found withLoader(URL[] roots, Supplier<RouteScanner.Found> scan) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(roots, RouteIndexTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            return scan.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** What a scan of {@code shop} finds in {@link #APP}: every handler class, by ClassGraph. */
    private static void assertScannedWithClassGraph(RouteScanner.Found found) {
        assertEquals("ClassGraph", found.source());
        assertEquals(List.of("shop.Greetings", "shop.Orders$Api", "shop.admin.Tools"), names(found));
    }

    private static List<String> names(RouteScanner.Found found) {
        return found.classes().stream().map(Class::getName).toList();
    }
}
