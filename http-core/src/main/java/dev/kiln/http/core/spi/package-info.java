/**
 * The listener SPI: how a module such as {@code http-tls} adds a kind of listener to an
 * {@link dev.kiln.http.core.HttpServer} without the core knowing about it. A
 * {@link dev.kiln.http.core.spi.Transport} turns each accepted TCP socket into the socket HTTP/1.1 is
 * spoken over.
 */
package dev.kiln.http.core.spi;
