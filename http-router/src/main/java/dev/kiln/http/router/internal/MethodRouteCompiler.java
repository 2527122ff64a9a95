package dev.kiln.http.router.internal;

import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.router.Body;
import dev.kiln.http.router.Header;
import dev.kiln.http.router.MultipartLimits;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an annotated method into a {@link Route}: validates it, builds one {@link ParameterBinder}
 * per parameter and one {@link ResultWriter}, and a method handle that takes the arguments as an
 * array. Nothing here runs per request except the returned {@link RouteHandler}.
 */
public final class MethodRouteCompiler {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final Json mapper;
    private final MultipartLimits multipartLimits;

    /**
     * Creates the compiler.
     *
     * @param mapper the router's mapper, for JSON bodies and results, fetched on first use
     * @param multipartLimits limits for multipart bodies
     */
    public MethodRouteCompiler(Json mapper, MultipartLimits multipartLimits) {
        this.mapper = mapper;
        this.multipartLimits = multipartLimits;
    }

    /**
     * Returns a method's name for messages: {@code com.example.Greetings#echo}.
     *
     * @param method the method
     * @return the name
     */
    public static String describe(java.lang.reflect.Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    /**
     * Compiles one route method whose annotations are known from its class file.
     *
     * @param method the Java method
     * @param annotation what its route annotation says
     * @param prefix its class's {@code @Controller} value, {@code ""} for none
     * @param instance the handler instance, or {@code null} for a static method
     * @param bindings each parameter's binding annotation, or {@code null} to read them by reflection
     * @return the route
     * @throws RouteDefinitionException naming the method and every problem found
     */
    public Route compile(java.lang.reflect.Method method, RouteMethod annotation, String prefix, Object instance, List<ParameterBinding> bindings) {
        String source = describe(method);
        List<String> problems = new ArrayList<>();
        PathTemplate template = null;
        try {
            template = PathTemplate.parse(PathTemplate.join(prefix, annotation.path()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (Modifier.isAbstract(method.getModifiers())) {
            problems.add("is abstract");
        }
        Class<?> returnType = method.getReturnType();
        String unsupported = ResultWriters.unsupportedReason(returnType);
        if (unsupported != null) {
            problems.add(unsupported);
        }
        if (!annotation.produces().isEmpty() && (returnType == void.class || returnType == Response.class)) {
            problems.add(annotation.annotation() + "(produces) has no effect on a method returning " + returnType.getSimpleName());
        }
        Parameter[] parameters = method.getParameters();
        if (bindings != null && bindings.size() != parameters.length) {
            bindings = null;
        }
        ParameterBinder[] binders = new ParameterBinder[parameters.length];
        boolean hasBody = false;
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            try {
                ParameterBinding binding = bindings != null ? bindings.get(i) : null;
                if (binding != null ? binding.type() == Body.class : parameter.isAnnotationPresent(Body.class)) {
                    if (hasBody) {
                        throw new IllegalArgumentException("has two @Body parameters");
                    }
                    if (annotation.method() == Method.GET || annotation.method() == Method.DELETE) {
                        throw new IllegalArgumentException("@Body on a " + annotation.method() + " route; GET and DELETE requests carry no body");
                    }
                    hasBody = true;
                }
                binders[i] = binder(parameter, template, binding != null ? binding : reflectedBinding(parameter));
            } catch (IllegalArgumentException e) {
                problems.add("parameter '" + parameter.getName() + "' (" + parameter.getParameterizedType().getTypeName() + "): " + e.getMessage());
            }
        }
        ResultWriter writer = null;
        if (unsupported == null) {
            writer = ResultWriters.forType(method.getGenericReturnType(), annotation.produces(), mapper);
        }
        Invoker invoker = null;
        try {
            invoker = invoker(method, instance);
        } catch (IllegalAccessException | RuntimeException e) {
            problems.add("is not accessible to the router (" + e.getMessage() + "); on the module path, open "
                    + method.getDeclaringClass().getPackageName() + " to dev.kiln.http.router");
        }
        if (!problems.isEmpty()) {
            throw new RouteDefinitionException(source, problems);
        }
        return new Route(annotation.method(), template, handler(binders, invoker, writer, annotation.maxBodySize()), source);
    }

    private static RouteHandler handler(ParameterBinder[] binders, Invoker invoker, ResultWriter writer, long maxBodySize) {
        return new MethodRoute(binders, invoker, writer, maxBodySize);
    }

    /**
     * A compiled route method: binds the arguments, calls the method, writes the result. (Classes, not
     * lambdas, here and in the other build-time factories: each lambda shape costs a class spun at run
     * time while the JVM is cold.)
     */
    private static final class MethodRoute implements RouteHandler {
        private final ParameterBinder[] binders;
        private final Invoker invoker;
        private final ResultWriter writer;
        private final long maxBodySize;

        MethodRoute(ParameterBinder[] binders, Invoker invoker, ResultWriter writer, long maxBodySize) {
            this.binders = binders;
            this.invoker = invoker;
            this.writer = writer;
            this.maxBodySize = maxBodySize;
        }

        @Override
        public Response handle(Request request, PathValues path) throws Throwable {
            if (maxBodySize >= 0) {
                request.maxBodySize(maxBodySize);
            }
            int count = binders.length;
            Object[] arguments = count == 0 ? NO_ARGUMENTS : new Object[count];
            for (int i = 0; i < count; i++) {
                arguments[i] = binders[i].bind(request, path);
            }
            Object result = invoker.invoke(arguments);
            return writer.write(request, result);
        }
    }

    /** Binds a {@code Request} parameter: the raw request. */
    private static final class RawRequest implements ParameterBinder {
        @Override
        public Object bind(Request request, PathValues path) {
            return request;
        }
    }

    /**
     * A handle to the method, made now so that an inaccessible method fails the build; it is bound
     * to the instance and converted to {@code (Object...)Object} on the route's first call.
     */
    private static Invoker invoker(java.lang.reflect.Method method, Object instance) throws IllegalAccessException {
        Class<?> owner = method.getDeclaringClass();
        MethodHandle handle;
        try {
            // On the module path the router must read the user's module, and the user's package must be
            // open to the router (a class-path application is one open unnamed module).
            MethodRouteCompiler.class.getModule().addReads(owner.getModule());
            handle = MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).unreflect(method);
        } catch (IllegalAccessException e) {
            method.setAccessible(true);
            handle = MethodHandles.lookup().unreflect(method);
        }
        if (Modifier.isStatic(method.getModifiers())) {
            return new FirstCallInvoker(handle, null);
        }
        if (instance == null) {
            throw new IllegalStateException("no instance for " + owner.getName());
        }
        return new FirstCallInvoker(handle, owner.cast(instance));
    }

    /**
     * Reads a parameter's binding annotation by reflection.
     *
     * @throws IllegalArgumentException when it has more than one
     */
    private static ParameterBinding reflectedBinding(Parameter parameter) {
        List<Annotation> bindings = new ArrayList<>();
        for (Annotation annotation : parameter.getAnnotations()) {
            if (ParameterBinding.ANNOTATIONS.contains(annotation.annotationType())) {
                bindings.add(annotation);
            }
        }
        if (bindings.size() > 1) {
            throw new IllegalArgumentException("has more than one binding annotation " + bindings);
        }
        if (bindings.isEmpty()) {
            return ParameterBinding.NONE;
        }
        return ParameterBinding.of(bindings.getFirst());
    }

    private ParameterBinder binder(Parameter parameter, PathTemplate template, ParameterBinding binding) {
        Class<?> type = parameter.getType();
        Type generic = parameter.getParameterizedType();
        Class<? extends Annotation> kind = binding.type();
        if (kind == null) {
            if (type == Request.class) {
                return new RawRequest();
            }
            throw new IllegalArgumentException("has no binding annotation; use @PathParam, @QueryParam, @Header, @Cookie or @Body, "
                    + "or declare it as Request");
        }
        if (kind == Body.class) {
            return BodyBinders.forType(type, generic, mapper, multipartLimits);
        }
        if (kind == PathParam.class) {
            String name = name(binding.value(), parameter);
            int index = template == null ? -1 : template.parameterNames().indexOf(name);
            if (template != null && index < 0) {
                throw new IllegalArgumentException("@PathParam '" + name + "' is not in the path template " + template
                        + " (its parameters: " + template.parameterNames() + ")");
            }
            if (type == Optional.class || type == List.class) {
                throw new IllegalArgumentException("a path parameter is always present: declare it as the value type, not " + type.getSimpleName());
            }
            ValueConverter converter = converter(type, generic, false);
            boolean wildcard = template != null && template.hasWildcard() && index == template.parameterNames().size() - 1;
            return new ValueBinder(ValueBinder.Source.PATH, name, index, wildcard, ValueBinder.Shape.REQUIRED, converter);
        }
        if (kind == QueryParam.class) {
            return valueBinder(ValueBinder.Source.QUERY, name(binding.value(), parameter), type, generic, true);
        }
        if (kind == Header.class) {
            String name = binding.value().isEmpty() ? headerName(parameter) : binding.value();
            return valueBinder(ValueBinder.Source.HEADER, name, type, generic, true);
        }
        return valueBinder(ValueBinder.Source.COOKIE, name(binding.value(), parameter), type, generic, false);
    }

    private static ValueBinder valueBinder(ValueBinder.Source source, String name, Class<?> type, Type generic, boolean listAllowed) {
        ValueBinder.Shape shape = type == Optional.class ? ValueBinder.Shape.OPTIONAL
                : type == List.class ? ValueBinder.Shape.LIST : ValueBinder.Shape.REQUIRED;
        if (shape == ValueBinder.Shape.LIST && !listAllowed) {
            throw new IllegalArgumentException("List is not supported for a " + source.name().toLowerCase(Locale.ROOT) + "; declare one value");
        }
        return new ValueBinder(source, name, -1, false, shape, converter(type, generic, true));
    }

    private static ValueConverter converter(Class<?> type, Type generic, boolean containers) {
        Class<?> element = type;
        if (containers && (type == Optional.class || type == List.class)) {
            if (!(generic instanceof ParameterizedType parameterized) || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> argument)) {
                throw new IllegalArgumentException(type.getSimpleName() + " needs a concrete element type, e.g. " + type.getSimpleName() + "<String>");
            }
            element = argument;
        }
        ValueConverter converter = ValueConverter.forType(element);
        if (converter == null) {
            throw new IllegalArgumentException("type " + element.getSimpleName() + " cannot be converted from a string; use String, a "
                    + "primitive or box, an enum, UUID, BigDecimal, BigInteger or a java.time type");
        }
        return converter;
    }

    private static String name(String declared, Parameter parameter) {
        if (!declared.isEmpty()) {
            return declared;
        }
        if (!parameter.isNamePresent()) {
            throw new IllegalArgumentException("has no name: give it in the annotation, or compile with -parameters");
        }
        return parameter.getName();
    }

    /** {@code userAgent} becomes {@code User-Agent}. */
    private static String headerName(Parameter parameter) {
        String name = name("", parameter);
        StringBuilder header = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                header.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                header.append('-').append(c);
            } else {
                header.append(c);
            }
        }
        return header.toString();
    }
}
