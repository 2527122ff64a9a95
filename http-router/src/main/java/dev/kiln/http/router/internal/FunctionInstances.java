package dev.kiln.http.router.internal;

import dev.kiln.http.router.InstanceSource;
import java.util.function.Function;

/** Instances from a function of the class (a class rather than a lambda: it is used at build time). */
public final class FunctionInstances implements InstanceSource {

    private final Function<Class<?>, ?> factory;

    /**
     * Creates the source.
     *
     * @param factory gives the instance of a class, or {@code null} when it has none
     */
    public FunctionInstances(Function<Class<?>, ?> factory) {
        this.factory = factory;
    }

    @Override
    public Object instanceOf(Class<?> type) {
        Object instance = factory.apply(type);
        if (instance == null) {
            throw new IllegalStateException("no instance for " + type.getName() + ": the instance function returned null");
        }
        return instance;
    }
}
