package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiln.examples.site.handlers.EchoRoutes;
import dev.kiln.examples.site.handlers.FileRoutes;
import dev.kiln.examples.site.handlers.LoginRoutes;
import dev.kiln.examples.site.handlers.PageRoutes;
import dev.kiln.examples.site.handlers.StreamRoutes;
import dev.kiln.examples.site.handlers.WelcomeRoutes;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteComponentTest {

    @TempDir
    Path folder;

    @Test
    void providesOneSharedInstanceOfEveryHandlerClass() {
        SiteComponent app = DaggerSiteComponent.factory().create(SiteConfig.local(Path.of("pages"), folder, 1024));
        Map<Class<?>, Provider<Object>> handlers = app.handlers();
        assertEquals(Set.of(EchoRoutes.class, PageRoutes.class, LoginRoutes.class, WelcomeRoutes.class,
                FileRoutes.class, StreamRoutes.class), handlers.keySet());
        handlers.forEach((type, provider) -> {
            Object instance = provider.get();
            assertInstanceOf(type, instance);
            assertSame(instance, provider.get(), type.getSimpleName() + " is a singleton");
        });
    }
}
