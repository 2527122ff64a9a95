/**
 * Kiln's annotation router. A handler class is a plain class with methods annotated
 * {@link dev.kiln.http.router.Get @Get}, {@link dev.kiln.http.router.Post @Post},
 * {@link dev.kiln.http.router.Put @Put}, {@link dev.kiln.http.router.Patch @Patch} or
 * {@link dev.kiln.http.router.Delete @Delete}; the {@link dev.kiln.http.router.Router} finds such
 * classes with ClassGraph, gets their instances from a DI container, and serves them as an
 * {@link dev.kiln.http.core.Handler}:
 *
 * <pre>{@code
 * package com.example.app;
 *
 * public final class Greetings {
 *     record Credentials(String user, String password) {}
 *
 *     @Get("/ping")
 *     String ping() { return "pong"; }
 *
 *     @Get("/echo/{msg}")
 *     String echo(@PathParam String msg, @QueryParam Optional<Integer> times) {
 *         return msg.repeat(times.orElse(1));
 *     }
 *
 *     @Post("/login")                                  // an HTML form or a JSON body, by Content-Type
 *     Response login(@Body Credentials credentials) {
 *         return SetCookie.of("session", "s3cr3t").addTo(Response.text("hello " + credentials.user()));
 *     }
 *
 *     public static void main(String[] args) {
 *         Router router = Router.builder()
 *                 .scan("com.example.app")                   // once, at build()
 *                 // .instances(dagger.handlers())           // Map<Class<?>, Provider<Object>>; default: no-arg constructors
 *                 .staticFiles("/", Path.of("pages"))
 *                 .build();                                  // fails fast, naming Class#method and the reason
 *         HttpServer.builder().listen(8080).handler(router).build().start();
 *     }
 * }
 * }</pre>
 *
 * <p>Parameters are bound by annotation: {@link dev.kiln.http.router.PathParam},
 * {@link dev.kiln.http.router.QueryParam}, {@link dev.kiln.http.router.Header},
 * {@link dev.kiln.http.router.Cookie} and {@link dev.kiln.http.router.Body}; a parameter of type
 * {@link dev.kiln.http.core.Request} gets the request. Results: {@code String} (text), {@code byte[]},
 * {@code Path} (a file, with validators and ranges), {@code InputStream} (streamed), a
 * {@link dev.kiln.http.core.Response} as is, {@code void} (204), {@code Optional} (404 when empty),
 * anything else as JSON through Jackson.
 *
 * <p>On the module path, the packages of handler classes must be open to {@code dev.kiln.http.router}
 * (the router calls package-private methods through method handles), and packages of records bound
 * from bodies open to {@code tools.jackson.databind}:
 * {@code opens com.example.app to dev.kiln.http.router, tools.jackson.databind;}.
 */
package dev.kiln.http.router;
