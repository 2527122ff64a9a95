package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the X.509 certificates of a PEM file, in file order. */
final class CertificateReader {

    private CertificateReader() {
    }

    /**
     * Reads every {@code CERTIFICATE} block; other blocks (e.g. a key in a combined file) are skipped.
     *
     * @param file the PEM file
     * @param what what the file holds, for messages, e.g. {@code "certificate chain"}
     * @return the certificates, at least one
     * @throws TlsConfigException naming the file when it holds none or one is malformed
     */
    static List<X509Certificate> read(Path file, String what) {
        return read(file, what, PemReader.read(file, what));
    }

    /**
     * Takes every {@code CERTIFICATE} block of a file already parsed; as {@link #read(Path, String)}.
     *
     * @param file the PEM file, for messages
     * @param what what the file holds, for messages
     * @param blocks the file's blocks
     * @return the certificates, at least one
     */
    static List<X509Certificate> read(Path file, String what, List<PemBlock> blocks) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (PemBlock block : blocks) {
                if (block.label().equals("CERTIFICATE") || block.label().equals("TRUSTED CERTIFICATE")
                        || block.label().equals("X509 CERTIFICATE")) {
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new TlsConfigException(file, "the " + what + " file " + file + " has a malformed certificate: "
                    + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new TlsConfigException(file, "the " + what + " file " + file + " holds no CERTIFICATE block, only "
                    + blocks.stream().map(PemBlock::label).distinct().toList());
        }
        return List.copyOf(certificates);
    }
}
