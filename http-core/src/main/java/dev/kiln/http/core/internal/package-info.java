/** The server's implementation: connections, parsing, writing. Not exported; may change at any time. */
package dev.kiln.http.core.internal;
