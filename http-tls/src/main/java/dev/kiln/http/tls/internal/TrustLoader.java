package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

/**
 * Loads the certificate authorities that client certificates are checked against: a PEM file of
 * {@code CERTIFICATE} blocks, or a PKCS#12 trust store.
 */
final class TrustLoader {

    private TrustLoader() {
    }

    /**
     * Loads a trust store.
     *
     * @param file PEM or PKCS#12
     * @param password the PKCS#12 password, or {@code null}
     * @return a key store with trusted certificate entries only
     * @throws TlsConfigException naming the file when it cannot be read or trusts nothing
     */
    static KeyStore load(Path file, char[] password) {
        byte[] bytes = PemReader.readBytes(file, "trust store");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            if (text.contains("-----BEGIN ")) {
                List<X509Certificate> certificates = CertificateReader.read(file, "trust store",
                        PemReader.parse(file, "trust store", text));
                for (int i = 0; i < certificates.size(); i++) {
                    trust.setCertificateEntry("trusted-" + i, certificates.get(i));
                }
                return trust;
            }
            KeyStore store = KeyMaterialLoader.loadPkcs12(file, bytes, password, "trust store");
            int count = 0;
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) != null) {
                    trust.setCertificateEntry("trusted-" + count++, store.getCertificate(alias));
                }
            }
            if (count == 0) {
                throw new TlsConfigException(file, "the trust store " + file + " holds no certificate");
            }
            return trust;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new TlsConfigException(file, "cannot build a trust store from " + file + ": " + e.getMessage(), e);
        }
    }
}
