/**
 * Kiln's HTTP/1.1 server: {@link dev.kiln.http.core.HttpServer}, the {@link dev.kiln.http.core.Handler}
 * / {@link dev.kiln.http.core.Request} / {@link dev.kiln.http.core.Response} API, and the listener SPI
 * in {@code dev.kiln.http.core.spi} that HTTPS plugs into. Depends on the JDK alone.
 */
module dev.kiln.http.core {
    exports dev.kiln.http.core;
    exports dev.kiln.http.core.spi;
}
