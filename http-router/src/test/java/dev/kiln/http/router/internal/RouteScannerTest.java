package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiln.http.router.Body;
import dev.kiln.http.router.Cookie;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.Header;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The router compiles scanned routes from what ClassGraph read in the class files; these tests hold
 * that to what reflection says about the same methods.
 */
class RouteScannerTest {

    @Test
    void scannedRouteAndBindingAnnotationsAreWhatReflectionSees() {
        RouteScanner.Found found = RouteScanner.handlerClasses(List.of("dev.kiln.http.router.fixtures.app", "dev.kiln.http.router.fixtures.example"));
        int routeMethods = 0;
        for (Class<?> type : found.classes()) {
            for (Method method : type.getDeclaredMethods()) {
                List<RouteMethod> reflected = RouteMethod.of(method::getDeclaredAnnotation);
                if (reflected.isEmpty()) {
                    continue;
                }
                routeMethods++;
                ScannedMethod scanned = found.method(method);
                assertNotNull(scanned, method.toString());
                assertEquals(reflected, scanned.routes(), method.toString());
                assertEquals(reflectedBindings(method), scanned.parameters(), method.toString());
            }
        }
        assertFalse(routeMethods < 40, "only " + routeMethods + " route methods compared");
    }

    @Test
    void defaultsAreTheAnnotationDefaults() throws NoSuchMethodException {
        assertEquals(Get.class.getDeclaredMethod("produces").getDefaultValue(), RouteMethod.DEFAULT_PRODUCES);
        assertEquals(Get.class.getDeclaredMethod("maxBodySize").getDefaultValue(), RouteMethod.DEFAULT_MAX_BODY_SIZE);
    }

    private static List<ParameterBinding> reflectedBindings(Method method) {
        List<ParameterBinding> bindings = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            ParameterBinding binding = ParameterBinding.NONE;
            for (Annotation annotation : parameter.getAnnotations()) {
                String value = switch (annotation) {
                    case PathParam p -> p.value();
                    case QueryParam q -> q.value();
                    case Header h -> h.value();
                    case Cookie c -> c.value();
                    case Body b -> "";
                    default -> null;
                };
                if (value != null) {
                    binding = new ParameterBinding(annotation.annotationType(), value);
                }
            }
            bindings.add(binding);
        }
        return bindings;
    }
}
