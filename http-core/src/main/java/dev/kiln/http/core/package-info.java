/**
 * The HTTP/1.1 server and its request/response API.
 *
 * <p>A server serves one {@link dev.kiln.http.core.Handler}; a handler turns a
 * {@link dev.kiln.http.core.Request} into a {@link dev.kiln.http.core.Response} value:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.builder()
 *         .listen(8080)
 *         .handler(request -> request.path().equals("/ping")
 *                 ? Response.text("pong")
 *                 : Response.of(Status.NOT_FOUND_404))
 *         .build()
 *         .start();
 * }</pre>
 *
 * <p>Each connection is served by its own virtual thread with blocking I/O. Limits and timeouts are in
 * {@link dev.kiln.http.core.ServerLimits}; bad input is answered with a 4xx/5xx status and a short
 * text body, and the connection is closed wherever the message framing can no longer be trusted.
 */
package dev.kiln.http.core;
