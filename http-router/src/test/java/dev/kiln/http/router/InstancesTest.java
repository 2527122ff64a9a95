package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.router.fixtures.injected.Counter;
import dev.kiln.http.router.fixtures.injected.Greeter;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Instances from a DI container. The map is what a Dagger component exposes for a
 * {@code @Binds @IntoMap @ClassKey} multibinding; written by hand here, since Dagger is not a
 * dependency of the router (the examples use real Dagger).
 */
class InstancesTest {

    private static final String PACKAGE = "dev.kiln.http.router.fixtures.injected";

    @Test
    void takesInstancesFromAProviderMultibindingOncePerClass() {
        Counter.Store store = new Counter.Store();
        AtomicInteger provided = new AtomicInteger();
        Provider<Object> counter = () -> {
            provided.incrementAndGet();
            return new Counter(store);
        };
        Map<Class<?>, Provider<Object>> handlers = Map.of(Counter.class, counter, Greeter.class, () -> new Greeter("dagger"));
        Router router = Router.builder().scan(PACKAGE).instances(handlers).build();
        try (Client client = Client.start(router)) {
            assertEquals("1", client.send("POST", "/count", null, new byte[0]).text());
            assertEquals("2", client.send("POST", "/count", null, new byte[0]).text());
            assertEquals("hello dagger", client.get("/greet").text());
        }
        assertEquals(1, provided.get(), "one instance per handler class, made at build time");
    }

    @Test
    void takesInstancesFromAFunction() {
        Router router = Router.builder()
                .scan(PACKAGE)
                .instances(type -> type == Counter.class ? new Counter(new Counter.Store()) : new Greeter("function"))
                .build();
        try (Client client = Client.start(router)) {
            assertEquals("hello function", client.get("/greet").text());
        }
    }

    @Test
    void failsTheBuildNamingAClassWithoutBinding() {
        Map<Class<?>, Provider<Object>> handlers = Map.of(Counter.class, () -> new Counter(new Counter.Store()));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Router.builder().scan(PACKAGE).instances(handlers).build());
        assertTrue(error.getMessage().contains("no binding for dev.kiln.http.router.fixtures.injected.Greeter in the instance map: "
                + "add @Binds @IntoMap @ClassKey(Greeter.class) to a Dagger module"), error.getMessage());
    }

    @Test
    void failsTheBuildNamingAClassWithoutNoArgumentConstructor() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Router.builder().scan("dev.kiln.http.router.fixtures.noinstance").build());
        assertTrue(error.getMessage().contains("no instance for dev.kiln.http.router.fixtures.noinstance.NeedsInjection: "
                + "it has no no-argument constructor"), error.getMessage());
    }

    @Test
    void failsTheBuildWhenTheFunctionHasNoInstance() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Router.builder().scan(PACKAGE).instances(type -> null).build());
        assertTrue(error.getMessage().contains("no instance for dev.kiln.http.router.fixtures.injected.Counter"), error.getMessage());
    }
}
