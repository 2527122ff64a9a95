package dev.kiln.http.tls.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A server's private key and its certificate chain, the server's certificate first.
 *
 * @param key the private key
 * @param chain the chain, never empty
 */
record KeyMaterial(PrivateKey key, List<X509Certificate> chain) {

    /** Returns the server's own certificate. */
    X509Certificate certificate() {
        return chain.get(0);
    }
}
