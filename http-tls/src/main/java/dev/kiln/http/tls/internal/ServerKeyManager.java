package dev.kiln.http.tls.internal;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.x500.X500Principal;

/**
 * Offers the one server key and chain that were already read and checked, without storing them
 * in a {@code KeyStore} and reading them back through a {@code KeyManagerFactory} (which costs
 * hundreds of milliseconds at start-up). It chooses the key the way the JDK's {@code SunX509} key
 * manager does: the certificate's key algorithm must be the one asked for; for a key type such as
 * {@code EC_RSA} the issuer's key (or, for a lone certificate, its signature algorithm) must match
 * the part after the underscore; and when the client names the authorities it accepts, one of the
 * chain's issuers must be among them. It never offers a client certificate. Immutable, thread-safe.
 */
final class ServerKeyManager extends X509ExtendedKeyManager {

    static final String ALIAS = "server";

    private final PrivateKey key;
    private final X509Certificate[] chain;

    /**
     * Creates the key manager.
     *
     * @param material the key and its chain, the server's certificate first
     */
    ServerKeyManager(KeyMaterial material) {
        this.key = material.key();
        this.chain = material.chain().toArray(new X509Certificate[0]);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] acceptedIssuers, Socket socket) {
        return matches(keyType, acceptedIssuers) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] acceptedIssuers, SSLEngine engine) {
        return matches(keyType, acceptedIssuers) ? ALIAS : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] acceptedIssuers) {
        return matches(keyType, acceptedIssuers) ? new String[] {ALIAS} : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }

    /** Returns {@code null}: this server never authenticates as a client. */
    @Override
    public String[] getClientAliases(String keyType, Principal[] acceptedIssuers) {
        return null;
    }

    /** Returns {@code null}: this server never authenticates as a client. */
    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] acceptedIssuers, Socket socket) {
        return null;
    }

    /** Returns {@code null}: this server never authenticates as a client. */
    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] acceptedIssuers, SSLEngine engine) {
        return null;
    }

    private boolean matches(String keyType, Principal[] acceptedIssuers) {
        if (keyType == null) {
            return false;
        }
        String keyAlgorithm = keyType;
        String signedBy = null;
        int underscore = keyType.indexOf('_');
        if (underscore >= 0) {
            keyAlgorithm = keyType.substring(0, underscore);
            signedBy = keyType.substring(underscore + 1);
        }
        if (!keyAlgorithm.equals(chain[0].getPublicKey().getAlgorithm())) {
            return false;
        }
        if (signedBy != null) {
            boolean signed = chain.length > 1
                    ? signedBy.equals(chain[1].getPublicKey().getAlgorithm())
                    : chain[0].getSigAlgName().toUpperCase(Locale.ROOT).contains("WITH" + signedBy.toUpperCase(Locale.ROOT));
            if (!signed) {
                return false;
            }
        }
        return acceptedIssuers == null || acceptedIssuers.length == 0 || issuedByOneOf(acceptedIssuers);
    }

    // compared only when a client names authorities (rare): hashing a name up front would load the
    // JDK's Unicode normalizer at start-up
    private boolean issuedByOneOf(Principal[] acceptedIssuers) {
        for (Principal accepted : acceptedIssuers) {
            X500Principal name;
            try {
                name = accepted instanceof X500Principal x500 ? x500 : new X500Principal(accepted.getName());
            } catch (IllegalArgumentException e) {
                continue; // not a distinguished name: cannot be one of ours
            }
            for (X509Certificate certificate : chain) {
                if (certificate.getIssuerX500Principal().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
