package dev.kiln.http.router.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * An {@link Invoker} that adapts a route method's handle to the generic shape
 * {@code (Object...)Object} on the route's first call instead of when the router is built. The
 * adaptation spins classes for the argument casts and the bound instance, about 2 ms a route on one
 * core of a slow machine; adapted lazily, a route costs start-up only what resolving its method
 * costs, and the adaptation errors it could raise were ruled out when the handle was made.
 */
final class FirstCallInvoker implements Invoker {

    private final MethodHandle method;
    private final Object instance;
    /**
     * The adapted invoker once made. Threads that race on the first calls may each make one; any of
     * them is right, and as it has final fields only, a thread reading the field sees it whole.
     */
    private Invoker adapted;

    /**
     * Creates the invoker.
     *
     * @param method the route method's handle, as unreflected
     * @param instance the instance to call it on, or null for a static method
     */
    FirstCallInvoker(MethodHandle method, Object instance) {
        this.method = method;
        this.instance = instance;
    }

    @Override
    public Object invoke(Object[] arguments) throws Throwable {
        Invoker invoker = adapted;
        if (invoker == null) {
            invoker = adapted = adapt();
        }
        return invoker.invoke(arguments);
    }

    private Invoker adapt() {
        MethodHandle bound = instance == null ? method : method.bindTo(instance);
        return Invoker.of(bound.asType(MethodType.genericMethodType(bound.type().parameterCount())));
    }
}
