package dev.kiln.http.router.internal;

import java.lang.invoke.MethodHandle;

/**
 * An {@link Invoker} over a generic method handle: up to {@link #MAX_DIRECT_ARITY} parameters the
 * handle {@code (Object, ..., Object)Object} is called with {@code invokeExact}; beyond that the
 * handle is a spreader {@code (Object[])Object}. One class for every arity (rather than a lambda per
 * arity), so the route's call site stays monomorphic and no class is spun at build time.
 */
final class HandleInvoker implements Invoker {

    /** The largest arity called without a spreader. */
    static final int MAX_DIRECT_ARITY = 6;

    private final MethodHandle handle;
    private final int arity;

    /**
     * Creates the invoker.
     *
     * @param handle the generic handle, or a spreader when {@code arity} is {@code -1}
     * @param arity the handle's parameter count, {@code -1} for a spreader
     */
    HandleInvoker(MethodHandle handle, int arity) {
        this.handle = handle;
        this.arity = arity;
    }

    @Override
    public Object invoke(Object[] a) throws Throwable {
        return switch (arity) {
            case 0 -> (Object) handle.invokeExact();
            case 1 -> (Object) handle.invokeExact(a[0]);
            case 2 -> (Object) handle.invokeExact(a[0], a[1]);
            case 3 -> (Object) handle.invokeExact(a[0], a[1], a[2]);
            case 4 -> (Object) handle.invokeExact(a[0], a[1], a[2], a[3]);
            case 5 -> (Object) handle.invokeExact(a[0], a[1], a[2], a[3], a[4]);
            case 6 -> (Object) handle.invokeExact(a[0], a[1], a[2], a[3], a[4], a[5]);
            default -> (Object) handle.invokeExact(a);
        };
    }
}
