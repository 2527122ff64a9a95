package dev.kiln.http.router;

import dev.kiln.http.router.internal.ConstructorInstances;
import dev.kiln.http.router.internal.FunctionInstances;
import dev.kiln.http.router.internal.ProviderInstances;
import jakarta.inject.Provider;
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
        return new ProviderInstances(Objects.requireNonNull(providers, "providers"));
    }

    /**
     * Returns a source backed by a function, e.g. {@code type -> container.get(type)}.
     *
     * @param factory gives the instance of a class, or {@code null} when it has none
     * @return the source
     */
    static InstanceSource of(Function<Class<?>, ?> factory) {
        return new FunctionInstances(Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Returns the default source: each class's no-argument constructor. A non-public constructor is
     * used when the class's package is open to {@code dev.kiln.http.router}.
     *
     * @return the source
     */
    static InstanceSource constructors() {
        return new ConstructorInstances();
    }
}
