package dev.kiln.http.router;

import dev.kiln.http.core.Filter;
import dev.kiln.http.core.Handler;
import dev.kiln.http.core.Method;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.router.internal.Dispatcher;
import dev.kiln.http.router.internal.ErrorResponder;
import dev.kiln.http.router.internal.HandlerClassRoutes;
import dev.kiln.http.router.internal.HandlerRoutes;
import dev.kiln.http.router.internal.Json;
import dev.kiln.http.router.internal.MethodRouteCompiler;
import dev.kiln.http.router.internal.PathTemplate;
import dev.kiln.http.router.internal.Route;
import dev.kiln.http.router.internal.RouteScanner;
import dev.kiln.http.router.internal.RouteTable;
import dev.kiln.http.router.internal.ScopedBeforeFilter;
import dev.kiln.http.router.internal.StaticFileHandler;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.ObjectMapper;

/**
 * The annotation router: a {@link Handler} that dispatches each request to the route whose method
 * and path template match, binds the route method's parameters, and turns its result into a
 * response. Build one with {@link #builder()}; see the package documentation for an example.
 *
 * <p>Matching: static segments beat {@code {param}} segments, which beat a {@code {*wildcard}}; one
 * trailing slash on the request path is ignored. An unknown path answers {@code 404}; a known path
 * with another method {@code 405} with {@code Allow}; {@code HEAD} is served by the {@code GET} route
 * (the server omits the body); {@code OPTIONS} answers {@code 204} with {@code Allow}. Errors are
 * {@code application/problem+json} bodies (RFC 9457).
 *
 * <p>A router is immutable and thread-safe; per request it does no reflection: every route has a
 * prebuilt method handle and one binder per parameter.
 */
public final class Router implements Handler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final RouteTable table;
    private final ErrorResponder errors;
    private final Handler pipeline;
    private final Duration buildTime;

    private Router(RouteTable table, ErrorResponder errors, Dispatcher dispatcher, List<Filter> filters, Duration buildTime) {
        this.table = table;
        this.errors = errors;
        Handler handler = dispatcher;
        for (int i = filters.size() - 1; i >= 0; i--) {
            handler = handler.with(filters.get(i));
        }
        this.pipeline = handler;
        this.buildTime = buildTime;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the value of a path parameter for a route added with {@link Builder#get(String, Handler)}
     * and the like (annotated methods use {@link PathParam}).
     *
     * @param request the request being handled by a programmatic route
     * @param name the template parameter name, e.g. {@code id} for {@code /users/{id}}
     * @return the percent-decoded value, or {@code null} when the route has no such parameter
     */
    public static String pathParam(Request request, String name) {
        return HandlerRoutes.pathParam(request, name);
    }

    /**
     * Handles a request: filters, before-filters, the route, after-filters. Never throws: failures
     * become error responses.
     *
     * @param request the request
     * @return the response
     */
    @Override
    public Response handle(Request request) {
        try {
            return pipeline.handle(request);
        } catch (Throwable error) {
            return errors.respond(request, error);
        }
    }

    /**
     * Returns the routes, one line each: {@code GET /users/{id} -> com.example.Users#get}.
     *
     * @return the routes in the order they were added
     */
    public List<String> routes() {
        return table.routes().stream().map(Route::toString).toList();
    }

    /**
     * Returns how long {@link Builder#build()} took (scan, instances, route compilation).
     *
     * @return the build time
     */
    public Duration buildTime() {
        return buildTime;
    }

    /** A route added with a {@link Handler}. */
    private record HandlerRoute(Method method, String path, Handler handler) {
    }

    /** A directory served under a URL prefix. */
    private record StaticMount(String prefix, Path directory, String cacheControl) {
    }

    /**
     * Configures and builds a {@link Router}. Not thread-safe; {@link #build()} may be called once.
     */
    public static final class Builder {
        private final List<String> packages = new ArrayList<>();
        private InstanceSource instances = InstanceSource.constructors();
        private ObjectMapper mapper;
        private MultipartLimits multipartLimits = MultipartLimits.defaults();
        private final List<HandlerRoute> handlerRoutes = new ArrayList<>();
        private final List<Filter> filters = new ArrayList<>();
        private final List<ScopedBeforeFilter> befores = new ArrayList<>();
        private final List<AfterFilter> afters = new ArrayList<>();
        private final Map<Class<? extends Throwable>, ExceptionMapper<?>> mappers = new LinkedHashMap<>();
        private final List<StaticMount> mounts = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds packages (with their subpackages) whose handler classes become routes; scanned once,
         * by {@link #build()}, with ClassGraph. When every jar or classes directory that holds the
         * packages has a route index (written at compile time by the annotation processor in this
         * module, see the module's README) the classes listed there are taken instead, which saves
         * the scan's start-up cost; an index that names a class that is missing or has no route
         * method any more is ignored.
         *
         * @param packageNames e.g. {@code "com.example.app"}
         * @return this builder
         */
        public Builder scan(String... packageNames) {
            for (String name : packageNames) {
                packages.add(Objects.requireNonNull(name, "package name"));
            }
            return this;
        }

        /**
         * Takes handler instances from a DI container's multibinding, e.g. Dagger's
         * {@code Map<Class<?>, Provider<Object>>} from {@code @Binds @IntoMap @ClassKey} (see
         * {@link InstanceSource}). Each provider is called once, at build time.
         *
         * @param providers each handler class with its provider
         * @return this builder
         */
        public Builder instances(Map<Class<?>, ? extends Provider<?>> providers) {
            this.instances = InstanceSource.ofProviders(providers);
            return this;
        }

        /**
         * Takes handler instances from a function, called once per handler class at build time.
         *
         * @param factory gives the instance of a class, or {@code null} when it has none
         * @return this builder
         */
        public Builder instances(Function<Class<?>, ?> factory) {
            this.instances = InstanceSource.of(factory);
            return this;
        }

        /**
         * Takes handler instances from a source (by default: no-argument constructors).
         *
         * @param source the source
         * @return this builder
         */
        public Builder instanceSource(InstanceSource source) {
            this.instances = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the Jackson mapper for JSON bodies and results (default: {@code JsonMapper.builder().build()},
         * made when the first JSON body or result needs it). Jackson (de)serializers for each route's
         * types are built on the route's first use.
         *
         * @param mapper the mapper
         * @return this builder
         */
        public Builder objectMapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * Sets the limits of {@code multipart/form-data} bodies.
         *
         * @param limits the limits (default {@link MultipartLimits#defaults()})
         * @return this builder
         */
        public Builder multipartLimits(MultipartLimits limits) {
            this.multipartLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a {@code GET} (and so {@code HEAD}) route; its path values are read with
         * {@link Router#pathParam(Request, String)}.
         *
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder get(String path, Handler handler) {
            return route(Method.GET, path, handler);
        }

        /**
         * Adds a {@code POST} route.
         *
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder post(String path, Handler handler) {
            return route(Method.POST, path, handler);
        }

        /**
         * Adds a {@code PUT} route.
         *
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder put(String path, Handler handler) {
            return route(Method.PUT, path, handler);
        }

        /**
         * Adds a {@code PATCH} route.
         *
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder patch(String path, Handler handler) {
            return route(Method.PATCH, path, handler);
        }

        /**
         * Adds a {@code DELETE} route.
         *
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder delete(String path, Handler handler) {
            return route(Method.DELETE, path, handler);
        }

        /**
         * Adds a route for any method but {@code HEAD} and {@code OPTIONS}, which the router answers.
         *
         * @param method the method
         * @param path the path template
         * @param handler the handler
         * @return this builder
         */
        public Builder route(Method method, String path, Handler handler) {
            Objects.requireNonNull(method, "method");
            if (method == Method.HEAD || method == Method.OPTIONS) {
                throw new IllegalArgumentException(method + " is answered by the router; add a GET route instead");
            }
            handlerRoutes.add(new HandlerRoute(method, Objects.requireNonNull(path, "path"), Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /**
         * Wraps the whole router (routes, 404/405 answers, before- and after-filters) in a filter.
         * Filters run in the order added, the first outermost.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder filter(Filter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * Same as {@link #filter(Filter)}: a filter that runs before routing and may answer by itself
         * by not calling {@code next}.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder before(Filter filter) {
            return filter(filter);
        }

        /**
         * Adds a before-filter for every path. Before-filters run in the order added; the first that
         * answers ends the chain and replaces routing.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder before(BeforeFilter filter) {
            return before("/", filter);
        }

        /**
         * Adds a before-filter for the paths under a prefix: {@code /admin} applies to {@code /admin}
         * and {@code /admin/...} (not {@code /administrator}), compared on the decoded path.
         *
         * @param pathPrefix the prefix, starting with {@code /}
         * @param filter the filter
         * @return this builder
         */
        public Builder before(String pathPrefix, BeforeFilter filter) {
            Objects.requireNonNull(pathPrefix, "pathPrefix");
            if (!pathPrefix.startsWith("/")) {
                throw new IllegalArgumentException("path prefix must start with '/': " + pathPrefix);
            }
            String prefix = pathPrefix.length() > 1 && pathPrefix.endsWith("/") ? pathPrefix.substring(0, pathPrefix.length() - 1) : pathPrefix;
            befores.add(new ScopedBeforeFilter(prefix, Objects.requireNonNull(filter, "filter")));
            return this;
        }

        /**
         * Adds an after-filter, run in the order added on every response (also errors and
         * short-circuit answers).
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder after(AfterFilter filter) {
            afters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * Maps an exception type (and its subclasses, unless a closer mapper exists) to responses.
         *
         * @param type the exception type
         * @param mapper the mapper
         * @param <E> the exception type
         * @return this builder
         */
        public <E extends Throwable> Builder exception(Class<E> type, ExceptionMapper<? super E> mapper) {
            mappers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(mapper, "mapper"));
            return this;
        }

        /**
         * Serves the files under a directory at a URL prefix, with {@code Cache-Control: no-cache}
         * (browsers revalidate with the {@code ETag}, usually getting {@code 304}).
         *
         * @param urlPrefix e.g. {@code "/"} or {@code "/assets"}
         * @param directory the directory; it must exist
         * @return this builder
         */
        public Builder staticFiles(String urlPrefix, Path directory) {
            return staticFiles(urlPrefix, directory, "no-cache");
        }

        /**
         * Serves the files under a directory at a URL prefix with a given {@code Cache-Control}.
         * Routes declared elsewhere take precedence over the files (a static file route is a
         * wildcard). Dot-files are never served.
         *
         * @param urlPrefix e.g. {@code "/"} or {@code "/assets"}
         * @param directory the directory; it must exist
         * @param cacheControl e.g. {@code "public, max-age=31536000, immutable"}, or {@code null} for none
         * @return this builder
         */
        public Builder staticFiles(String urlPrefix, Path directory, String cacheControl) {
            mounts.add(new StaticMount(Objects.requireNonNull(urlPrefix, "urlPrefix"), Objects.requireNonNull(directory, "directory"), cacheControl));
            return this;
        }

        /**
         * Scans, gets the handler instances, validates and compiles every route.
         *
         * @return the router
         * @throws IllegalStateException listing every problem found: a method that cannot be a route
         *     (naming {@code Class#method} and the reason), a class with no instance, clashing routes
         */
        public Router build() {
            long start = System.nanoTime();
            MethodRouteCompiler compiler = new MethodRouteCompiler(new Json(mapper), multipartLimits);
            RouteTable table = new RouteTable();
            List<String> problems = new ArrayList<>();

            RouteScanner.Found found;
            try {
                found = RouteScanner.handlerClasses(packages);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("cannot build the router:\n  - " + e.getMessage(), e);
            }
            List<Class<?>> classes = found.classes();
            long scanned = System.nanoTime();
            for (Class<?> type : classes) {
                HandlerClassRoutes.add(type, found, instances, compiler, table, problems);
            }
            for (HandlerRoute route : handlerRoutes) {
                try {
                    PathTemplate template = PathTemplate.parse(route.path());
                    table.add(new Route(route.method(), template, HandlerRoutes.of(route.handler(), template), "route(" + route.method() + ", \"" + route.path() + "\", handler)"));
                } catch (IllegalArgumentException e) {
                    problems.add(route.method() + " " + route.path() + ": " + e.getMessage());
                }
            }
            for (StaticMount mount : mounts) {
                try {
                    PathTemplate template = PathTemplate.parse(PathTemplate.join(mount.prefix(), "/{*path}"));
                    StaticFileHandler files = new StaticFileHandler(mount.directory(), template.parameterNames().size() - 1, mount.cacheControl());
                    table.add(new Route(Method.GET, template, files, "static files from " + mount.directory()));
                } catch (IllegalArgumentException e) {
                    problems.add("staticFiles(" + mount.prefix() + "): " + e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("cannot build the router:\n  - " + String.join("\n  - ", problems));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (LOG.isLoggable(System.Logger.Level.INFO)) {
                LOG.log(System.Logger.Level.INFO, "router: " + table.routes().size() + " routes from " + classes.size()
                        + " handler classes in " + took.toMillis() + " ms (scan " + (scanned - start) / 1_000_000 + " ms, "
                        + found.source() + ")");
            }
            ErrorResponder errors = new ErrorResponder(mappers);
            return new Router(table, errors, new Dispatcher(table, errors, befores, afters), filters, took);
        }
    }
}
