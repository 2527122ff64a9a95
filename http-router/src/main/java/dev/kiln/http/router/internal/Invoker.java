package dev.kiln.http.router.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

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
        MethodType type = generic.type();
        return switch (type.parameterCount()) {
            case 0 -> arguments -> (Object) generic.invokeExact();
            case 1 -> arguments -> (Object) generic.invokeExact(arguments[0]);
            case 2 -> arguments -> (Object) generic.invokeExact(arguments[0], arguments[1]);
            case 3 -> arguments -> (Object) generic.invokeExact(arguments[0], arguments[1], arguments[2]);
            case 4 -> arguments -> (Object) generic.invokeExact(arguments[0], arguments[1], arguments[2], arguments[3]);
            case 5 -> arguments -> (Object) generic.invokeExact(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]);
            case 6 -> arguments -> (Object) generic.invokeExact(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4],
                    arguments[5]);
            default -> {
                MethodHandle spread = generic.asSpreader(Object[].class, type.parameterCount());
                yield arguments -> (Object) spread.invokeExact(arguments);
            }
        };
    }
}
