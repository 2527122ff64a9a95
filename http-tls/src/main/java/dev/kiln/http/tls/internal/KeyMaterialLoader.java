package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Loads a server's key and certificate chain from PEM files or a PKCS#12 keystore, checks that the
 * key belongs to the certificate, and warns (System.Logger {@code dev.kiln.http.tls}) about a
 * certificate that is expired or not yet valid. Every error names the file.
 */
final class KeyMaterialLoader {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.tls");

    private KeyMaterialLoader() {
    }

    /**
     * Loads a PEM certificate chain and private key.
     *
     * @param certificateFile the chain, the server's certificate first
     * @param keyFile the private key
     * @param password the key's password, or {@code null}
     * @return the key material
     * @throws TlsConfigException naming the file at fault
     */
    static KeyMaterial fromPem(Path certificateFile, Path keyFile, char[] password) {
        List<X509Certificate> chain = CertificateReader.read(certificateFile, "certificate chain");
        PrivateKey key = PrivateKeyReader.read(keyFile, password);
        String mismatch = KeyPairCheck.mismatch(key, chain.get(0).getPublicKey());
        if (mismatch != null) {
            throw new TlsConfigException(keyFile, "the private key in " + keyFile + " does not match the certificate '"
                    + chain.get(0).getSubjectX500Principal().getName() + "' in " + certificateFile + " (" + mismatch
                    + "); the server's own certificate must come first in the chain file");
        }
        return checked(new KeyMaterial(key, chain), certificateFile);
    }

    /**
     * Loads the one private key entry of a PKCS#12 keystore; the key's password is the store's.
     *
     * @param keystore the keystore file
     * @param password the keystore password
     * @return the key material
     * @throws TlsConfigException naming the file at fault
     */
    static KeyMaterial fromPkcs12(Path keystore, char[] password) {
        KeyStore store = loadPkcs12(keystore, password, "keystore");
        try {
            List<String> keyAliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class)) {
                    keyAliases.add(alias);
                }
            }
            if (keyAliases.size() != 1) {
                throw new TlsConfigException(keystore, "the PKCS#12 keystore " + keystore + " holds "
                        + (keyAliases.isEmpty() ? "no private key entry" : keyAliases.size()
                                + " private key entries " + keyAliases + "; keep only the server's")
                        );
            }
            String alias = keyAliases.get(0);
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            if (certificates == null || certificates.length == 0) {
                throw new TlsConfigException(keystore, "the key entry '" + alias + "' in " + keystore + " has no certificate");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            return checked(new KeyMaterial(key, List.copyOf(chain)), keystore);
        } catch (UnrecoverableKeyException e) {
            throw new TlsConfigException(keystore, "wrong password for the private key in the PKCS#12 keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException(keystore, "cannot read the key entry of the PKCS#12 keystore " + keystore
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a PKCS#12 file.
     *
     * @param file the file
     * @param password its password, or {@code null}
     * @param what {@code "keystore"} or {@code "trust store"}, for messages
     * @return the loaded store
     */
    static KeyStore loadPkcs12(Path file, char[] password, String what) {
        return loadPkcs12(file, PemReader.readBytes(file, "PKCS#12 " + what), password, what);
    }

    /**
     * Loads a PKCS#12 store from a file's bytes already read; as {@link #loadPkcs12(Path, char[], String)}.
     *
     * @param file the file, for messages
     * @param bytes its content
     * @param password its password, or {@code null}
     * @param what {@code "keystore"} or {@code "trust store"}, for messages
     * @return the loaded store
     */
    static KeyStore loadPkcs12(Path file, byte[] bytes, char[] password, String what) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new TlsConfigException(file, "wrong password for the PKCS#12 " + what + " " + file, e);
            }
            throw new TlsConfigException(file, "the " + what + " file " + file + " is not a PKCS#12 " + what + ": "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException(file, "cannot load the PKCS#12 " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyMaterial checked(KeyMaterial material, Path file) {
        Instant now = Instant.now();
        for (X509Certificate certificate : material.chain()) {
            String subject = certificate.getSubjectX500Principal().getName();
            if (certificate.getNotAfter().toInstant().isBefore(now)) {
                LOG.log(System.Logger.Level.WARNING, "the certificate ''{0}'' in {1} expired on {2}; clients will refuse it",
                        subject, file, certificate.getNotAfter().toInstant());
            } else if (certificate.getNotBefore().toInstant().isAfter(now)) {
                LOG.log(System.Logger.Level.WARNING, "the certificate ''{0}'' in {1} is not valid before {2}; clients will refuse it",
                        subject, file, certificate.getNotBefore().toInstant());
            }
        }
        return material;
    }
}
