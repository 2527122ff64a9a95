package dev.kiln.http.router.internal;

import dev.kiln.http.router.InstanceSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;

/**
 * The default instances: each class's no-argument constructor, a non-public one too when the class's
 * package is open to {@code dev.kiln.http.router}.
 */
public final class ConstructorInstances implements InstanceSource {

    /** Creates the source. */
    public ConstructorInstances() {
    }

    @Override
    public Object instanceOf(Class<?> type) {
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no instance for " + type.getName()
                    + ": it has no no-argument constructor; give the router instances(...) from your DI container", e);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (InaccessibleObjectException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + type.getName() + ": " + e.getMessage()
                    + "; on the module path, open " + type.getPackageName() + " to dev.kiln.http.router", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot construct " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
