package dev.kiln.http.router.internal;

import dev.kiln.http.router.InstanceSource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds the routes of one scanned handler class: gets its instance (once, only if it has an instance
 * route method) and compiles each annotated method, collecting every problem instead of stopping at
 * the first.
 */
public final class HandlerClassRoutes {

    private static final Comparator<Method> BY_NAME = new ByName();

    private HandlerClassRoutes() {
    }

    /**
     * Adds a class's routes to a table.
     *
     * @param type the handler class
     * @param found what the scan read from the class file (the {@code @Controller} prefix, route and
     *     binding annotations)
     * @param instances where its instance comes from
     * @param compiler compiles route methods
     * @param table receives the routes
     * @param problems receives one line per problem, naming the class or {@code Class#method}
     */
    public static void add(Class<?> type, RouteScanner.Found found, InstanceSource instances, MethodRouteCompiler compiler,
            RouteTable table, List<String> problems) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(type.getName() + ": is " + (type.isInterface() ? "an interface" : "abstract")
                    + "; declare route methods in a concrete handler class (inherited route methods are not scanned)");
            return;
        }
        Object instance = null;
        boolean instanceTried = false;
        List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
        methods.sort(BY_NAME);
        String prefix = found.prefix(type);
        for (Method method : methods) {
            ScannedMethod scanned = found.method(method);
            if (scanned == null) {
                continue;
            }
            List<RouteMethod> annotations = scanned.routes();
            if (annotations.size() > 1) {
                problems.add(MethodRouteCompiler.describe(method) + ": has more than one route annotation; declare one method per route");
                continue;
            }
            boolean isStatic = Modifier.isStatic(method.getModifiers());
            if (!isStatic && !instanceTried) {
                instanceTried = true;
                instance = instance(type, instances, problems);
            }
            if (!isStatic && instance == null) {
                continue;
            }
            try {
                table.add(compiler.compile(method, annotations.getFirst(), prefix, instance, scanned.parameters()));
            } catch (RouteDefinitionException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
    }

    /** Orders methods by name, then by signature (a class, not a lambda: this runs while the JVM is cold). */
    private static final class ByName implements Comparator<Method> {
        @Override
        public int compare(Method a, Method b) {
            int byName = a.getName().compareTo(b.getName());
            return byName != 0 ? byName : a.toString().compareTo(b.toString());
        }
    }

    private static Object instance(Class<?> type, InstanceSource instances, List<String> problems) {
        try {
            Object instance = instances.instanceOf(type);
            if (!type.isInstance(instance)) {
                problems.add(type.getName() + ": the instance source gave a " + instance.getClass().getName());
                return null;
            }
            return instance;
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        } catch (RuntimeException e) {
            problems.add("cannot get an instance of " + type.getName() + ": " + e);
        }
        return null;
    }
}
