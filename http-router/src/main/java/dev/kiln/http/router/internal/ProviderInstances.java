package dev.kiln.http.router.internal;

import dev.kiln.http.router.InstanceSource;
import jakarta.inject.Provider;
import java.util.Map;

/**
 * Instances from a DI container's multibinding map (a class rather than a lambda: it is used while
 * the JVM is cold, at build time).
 */
public final class ProviderInstances implements InstanceSource {

    private final Map<Class<?>, ? extends Provider<?>> providers;

    /**
     * Creates the source.
     *
     * @param providers each handler class with the provider of its instance
     */
    public ProviderInstances(Map<Class<?>, ? extends Provider<?>> providers) {
        this.providers = providers;
    }

    @Override
    public Object instanceOf(Class<?> type) {
        Provider<?> provider = providers.get(type);
        if (provider == null) {
            throw new IllegalStateException("no binding for " + type.getName()
                    + " in the instance map: add @Binds @IntoMap @ClassKey(" + type.getSimpleName()
                    + ".class) to a Dagger module");
        }
        Object instance = provider.get();
        if (instance == null) {
            throw new NullPointerException("the provider of " + type.getName() + " returned null");
        }
        return instance;
    }
}
