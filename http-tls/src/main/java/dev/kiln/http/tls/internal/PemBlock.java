package dev.kiln.http.tls.internal;

/**
 * One PEM block (RFC 7468): its label, e.g. {@code CERTIFICATE} or {@code PRIVATE KEY}, and the DER
 * bytes its Base64 text decodes to.
 *
 * @param label the label between {@code -----BEGIN } and {@code -----}
 * @param der the decoded contents
 * @param legacyEncrypted whether the block has OpenSSL's {@code Proc-Type: 4,ENCRYPTED} header
 */
record PemBlock(String label, byte[] der, boolean legacyEncrypted) {
}
