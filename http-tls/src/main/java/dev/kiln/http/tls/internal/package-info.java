/**
 * The implementation of {@code dev.kiln.http.tls}: PEM and DER reading, key and trust loading, SSL
 * context building and reload, the handshake deadline. Not exported.
 */
package dev.kiln.http.tls.internal;
