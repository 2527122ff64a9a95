package dev.kiln.http.router.internal;

import java.lang.invoke.MethodHandle;

/**
 * Calls a route method with its bound arguments. Up to six parameters the generic method handle is
 * called directly with {@code invokeExact}; more go through a spreader. Both are made once, at build
 * time (a spreader per route is costly to create, and most routes take few parameters).
 */
@FunctionalInterface
interface Invoker {

    /**
     * Calls the method.
     *
     * @param arguments one per parameter
     * @return what the method returned, {@code null} for {@code void}
     * @throws Throwable whatever the method threw
     */
    Object invoke(Object[] arguments) throws Throwable;

    /**
     * Returns the invoker of a handle.
     *
     * @param generic a handle of type {@code (Object, ..., Object)Object}
     * @return the invoker
     */
    static Invoker of(MethodHandle generic) {
        int arity = generic.type().parameterCount();
        if (arity <= HandleInvoker.MAX_DIRECT_ARITY) {
            return new HandleInvoker(generic, arity);
        }
        return new HandleInvoker(generic.asSpreader(Object[].class, arity), -1);
    }

}
