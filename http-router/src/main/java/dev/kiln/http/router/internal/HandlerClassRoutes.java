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

    private static final Comparator<Method> BY_NAME = Comparator.comparing(Method::getName).thenComparing(Method::toString);

    private HandlerClassRoutes() {
    }

    /**
     * Adds a class's routes to a table.
     *
     * @param type the handler class
     * @param instances where its instance comes from
     * @param compiler compiles route methods
     * @param table receives the routes
     * @param problems receives one line per problem, naming the class or {@code Class#method}
     */
    public static void add(Class<?> type, InstanceSource instances, MethodRouteCompiler compiler, RouteTable table, List<String> problems) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(type.getName() + ": is " + (type.isInterface() ? "an interface" : "abstract")
                    + "; declare route methods in a concrete handler class (inherited route methods are not scanned)");
            return;
        }
        Object instance = null;
        boolean instanceTried = false;
        List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
        methods.sort(BY_NAME);
        for (Method method : methods) {
            List<RouteMethod> annotations = RouteMethod.of(method);
            if (annotations.isEmpty()) {
                continue;
            }
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
                table.add(compiler.compile(method, annotations.getFirst(), instance));
            } catch (RouteDefinitionException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
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
