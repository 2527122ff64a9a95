package dev.kiln.http.router;

import jakarta.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the router gets the instance of each handler class. It is asked once per class, at
 * {@link Router.Builder#build()}; the instance then serves every request concurrently, so handler
 * classes must be thread-safe (in Dagger terms: make them {@code @Singleton} or stateless).
 *
 * <p>With Dagger, which cannot see classes found at run time, bind each handler class into a map:
 *
 * <pre>{@code
 * @Module
 * interface HandlerModule {
 *     @Binds @IntoMap @ClassKey(Greetings.class) Object greetings(Greetings handler);
 * }
 *
 * @Singleton
 * @Component(modules = HandlerModule.class)
 * interface App {
 *     Map<Class<?>, Provider<Object>> handlers();
 * }
 * }</pre>
 *
 * and pass {@code app.handlers()} to {@link Router.Builder#instances(Map)}.
 */
@FunctionalInterface
public interface InstanceSource {

    /**
     * Returns the instance for a handler class.
     *
     * @param type the handler class
     * @return the instance
     * @throws IllegalStateException when this source has none, with a message naming the class
     */
    Object instanceOf(Class<?> type);

    /**
     * Returns a source backed by a DI container's multibinding map.
     *
     * @param providers each handler class with the provider of its instance
     * @return the source
     */
    static InstanceSource ofProviders(Map<Class<?>, ? extends Provider<?>> providers) {
        Objects.requireNonNull(providers, "providers");
        return type -> {
            Provider<?> provider = providers.get(type);
            if (provider == null) {
                throw new IllegalStateException("no binding for " + type.getName()
                        + " in the instance map: add @Binds @IntoMap @ClassKey(" + type.getSimpleName()
                        + ".class) to a Dagger module");
            }
            return Objects.requireNonNull(provider.get(), () -> "the provider of " + type.getName() + " returned null");
        };
    }

    /**
     * Returns a source backed by a function, e.g. {@code type -> container.get(type)}.
     *
     * @param factory gives the instance of a class, or {@code null} when it has none
     * @return the source
     */
    static InstanceSource of(Function<Class<?>, ?> factory) {
        Objects.requireNonNull(factory, "factory");
        return type -> {
            Object instance = factory.apply(type);
            if (instance == null) {
                throw new IllegalStateException("no instance for " + type.getName() + ": the instance function returned null");
            }
            return instance;
        };
    }

    /**
     * Returns the default source: each class's no-argument constructor. A non-public constructor is
     * used when the class's package is open to {@code dev.kiln.http.router}.
     *
     * @return the source
     */
    static InstanceSource constructors() {
        return type -> {
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
        };
    }
}
