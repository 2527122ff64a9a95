package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
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
        assertEquals(List.of(RouteIndex.HEADER, "shop.Greetings", "shop.Orders$Api", "shop.admin.Tools"), index(classes));
    }

    @Test
    void compilingSomeSourcesAgainKeepsTheEntriesOfTheOthers() throws IOException {
        Path classes = compile(APP);
        compile(Map.of("shop/Plain.java", """
                package shop;
                public class Plain { @dev.kiln.http.router.Put("/plain") public String name() { return "plain"; } }
                """));
        assertEquals(List.of(RouteIndex.HEADER, "shop.Greetings", "shop.Orders$Api", "shop.Plain", "shop.admin.Tools"), index(classes));

        compile(Map.of("shop/Greetings.java", """
                package shop;
                public class Greetings { public String hello() { return "hello"; } }
                """));
        assertEquals(List.of(RouteIndex.HEADER, "shop.Orders$Api", "shop.Plain", "shop.admin.Tools"), index(classes));
    }

    @Test
    void compilingSomeSourcesAgainDropsTheEntriesOfDeletedClasses() throws IOException {
        Path classes = compile(APP);
        for (String name : List.of("Greetings.class", "Plain.class")) {
            Files.delete(classes.resolve("shop").resolve(name));
        }
        compile(Map.of("shop/Plain.java", "package shop;\npublic class Plain { }\n"));
        assertEquals(List.of(RouteIndex.HEADER, "shop.Orders$Api", "shop.admin.Tools"), index(classes));
    }

    @Test
    void routerTakesTheClassesTheIndexLists() throws IOException {
        Path classes = compile(APP);
        // an index that lists less than a scan would find shows which one the router used
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nshop.admin.Tools\n");
        RouteScanner.Found found = scan(classes, List.of("shop"));
        assertEquals("route index", found.source());
        assertEquals(List.of("shop.admin.Tools"), names(found));
        assertTrue(found.methods().isEmpty(), "the routes' annotations then come from reflection");
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
    void routerScansWithClassGraphWhenThereIsNoIndex() throws IOException {
        Path classes = compile(APP);
        Files.delete(classes.resolve(RouteIndex.RESOURCE));
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexNamesAMissingClass() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nshop.Greetings\nshop.Gone\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexNamesAClassWithoutRoutes() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), RouteIndex.HEADER + "\nshop.Greetings\nshop.Plain\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
    }

    @Test
    void routerScansWhenTheIndexIsOfAnotherVersion() throws IOException {
        Path classes = compile(APP);
        Files.writeString(classes.resolve(RouteIndex.RESOURCE), "# kiln route index 2\nshop.Greetings\n");
        assertScannedWithClassGraph(scan(classes, List.of("shop")));
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
