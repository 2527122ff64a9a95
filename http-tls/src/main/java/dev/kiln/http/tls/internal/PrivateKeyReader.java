package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads a private key from a PEM file in any of the forms OpenSSL and certbot write, and hands it to
 * the JDK as PKCS#8 (RFC 5208), the one form its {@link KeyFactory} takes:
 *
 * <ul>
 *   <li>{@code PRIVATE KEY}: PKCS#8 already;
 *   <li>{@code RSA PRIVATE KEY}: PKCS#1 (RFC 8017 A.1.2), wrapped with the rsaEncryption algorithm;
 *   <li>{@code EC PRIVATE KEY}: SEC1 (RFC 5915), wrapped with id-ecPublicKey and its named curve;
 *   <li>{@code ENCRYPTED PRIVATE KEY}: PKCS#8 encrypted with PBES2 (RFC 8018), decrypted with the
 *       password.
 * </ul>
 */
final class PrivateKeyReader {

    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    private static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
    private static final String PBES2 = "1.2.840.113549.1.5.13";

    /** Key algorithms by the object identifier in a PKCS#8 AlgorithmIdentifier. */
    private static final Map<String, String> ALGORITHMS = Map.of(
            RSA_ENCRYPTION, "RSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS",
            EC_PUBLIC_KEY, "EC",
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448",
            "1.2.840.10040.4.1", "DSA");

    private PrivateKeyReader() {
    }

    /**
     * Reads the one private key of a PEM file; other blocks (e.g. {@code EC PARAMETERS}, or the
     * certificates of a combined file) are skipped.
     *
     * @param file the key file
     * @param password the password of an encrypted key, or {@code null}
     * @return the key
     * @throws TlsConfigException naming the file when it holds no usable key or the password is wrong
     */
    static PrivateKey read(Path file, char[] password) {
        List<PemBlock> blocks = PemReader.read(file, "private key");
        List<PemBlock> keys = blocks.stream().filter(b -> b.label().endsWith("PRIVATE KEY")).toList();
        if (keys.isEmpty()) {
            throw new TlsConfigException(file, "the private key file " + file + " holds no private key, only "
                    + blocks.stream().map(PemBlock::label).distinct().toList());
        }
        if (keys.size() > 1) {
            throw new TlsConfigException(file, "the private key file " + file + " holds " + keys.size()
                    + " private keys; keep the one that matches the certificate");
        }
        PemBlock key = keys.get(0);
        if (key.legacyEncrypted()) {
            throw new TlsConfigException(file, "the private key in " + file + " uses OpenSSL's legacy PEM encryption"
                    + " (Proc-Type: 4,ENCRYPTED), which is not supported; convert it to encrypted PKCS#8 with"
                    + " 'openssl pkcs8 -topk8 -in " + file.getFileName() + " -out key.pem'");
        }
        try {
            return switch (key.label()) {
                case "PRIVATE KEY" -> fromPkcs8(key.der());
                case "RSA PRIVATE KEY" -> fromPkcs8(wrapPkcs1(key.der()));
                case "EC PRIVATE KEY" -> fromPkcs8(wrapSec1(key.der(), ecParameters(blocks)));
                case "ENCRYPTED PRIVATE KEY" -> fromPkcs8(decrypt(file, key.der(), password));
                default -> throw new TlsConfigException(file, "the private key file " + file + " holds a '"
                        + key.label() + "' block; expected PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY"
                        + " or ENCRYPTED PRIVATE KEY");
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TlsConfigException(file, "the " + key.label() + " in " + file + " is malformed or of an"
                    + " unsupported kind: " + e.getMessage(), e);
        }
    }

    /** Decodes PKCS#8: SEQUENCE { version, AlgorithmIdentifier { algorithm OID, parameters }, key }. */
    static PrivateKey fromPkcs8(byte[] pkcs8) throws GeneralSecurityException {
        DerReader info = new DerReader(pkcs8).next().expectTag(DerWriter.SEQUENCE, "PKCS#8 PrivateKeyInfo").contents();
        info.next().expectTag(DerWriter.INTEGER, "PKCS#8 version");
        String oid = info.next().expectTag(DerWriter.SEQUENCE, "AlgorithmIdentifier").contents().next().objectIdentifier();
        String algorithm = ALGORITHMS.get(oid);
        if (algorithm == null) {
            throw new NoSuchAlgorithmException("unknown key algorithm " + oid);
        }
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** PKCS#1 RSAPrivateKey becomes the privateKey of PrivateKeyInfo with rsaEncryption, NULL parameters. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        new DerReader(pkcs1).next().expectTag(DerWriter.SEQUENCE, "PKCS#1 RSAPrivateKey");
        return DerWriter.sequence(
                DerWriter.integer(0),
                DerWriter.sequence(DerWriter.objectIdentifier(RSA_ENCRYPTION), DerWriter.nullValue()),
                DerWriter.octetString(pkcs1));
    }

    /**
     * SEC1 ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1]
     * publicKey } becomes PrivateKeyInfo with id-ecPublicKey and the named curve from [0], or from a
     * separate {@code EC PARAMETERS} block when [0] is left out.
     */
    static byte[] wrapSec1(byte[] sec1, byte[] separateParameters) {
        DerReader key = new DerReader(sec1).next().expectTag(DerWriter.SEQUENCE, "SEC1 ECPrivateKey").contents();
        key.next().expectTag(DerWriter.INTEGER, "SEC1 version");
        key.next().expectTag(DerWriter.OCTET_STRING, "SEC1 privateKey");
        byte[] curve = separateParameters;
        while (key.hasNext()) {
            DerReader.Value field = key.next();
            if (field.tag() == 0xa0) {
                curve = field.contentBytes();
            }
        }
        if (curve == null) {
            throw new IllegalArgumentException("the EC key names no curve (no parameters in the key and no"
                    + " EC PARAMETERS block)");
        }
        new DerReader(curve).next().objectIdentifier(); // only named curves (RFC 5480 §2.1.1)
        return DerWriter.sequence(
                DerWriter.integer(0),
                DerWriter.sequence(DerWriter.objectIdentifier(EC_PUBLIC_KEY), curve),
                DerWriter.octetString(sec1));
    }

    private static byte[] ecParameters(List<PemBlock> blocks) {
        return blocks.stream().filter(b -> b.label().equals("EC PARAMETERS")).map(PemBlock::der).findFirst().orElse(null);
    }

    /** Decrypts EncryptedPrivateKeyInfo (RFC 5208 §6) with a password-based cipher, PBES2 or PBES1. */
    static byte[] decrypt(Path file, byte[] der, char[] password) throws GeneralSecurityException {
        if (password == null) {
            throw new TlsConfigException(file, "the private key in " + file + " is encrypted: give its password"
                    + " (TlsConfig.fromPem(certificateChain, privateKey, password))");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (java.io.IOException e) {
            throw new InvalidKeySpecException("not an EncryptedPrivateKeyInfo: " + e.getMessage(), e);
        }
        AlgorithmParameters parameters = info.getAlgParameters();
        // For PBES2 the cipher is named by its parameters, e.g. PBEWithHmacSHA256AndAES_256
        // (older JDKs report only "PBES2" or the OID as the algorithm name).
        String algorithm = info.getAlgName();
        if (parameters != null && (algorithm.equals("PBES2") || algorithm.equals(PBES2))) {
            algorithm = parameters.toString();
        }
        Cipher cipher;
        try {
            SecretKeyFactory keys = SecretKeyFactory.getInstance(algorithm);
            cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, keys.generateSecret(new PBEKeySpec(password)), parameters);
        } catch (NoSuchAlgorithmException e) {
            throw new TlsConfigException(file, "the private key in " + file + " is encrypted with " + algorithm
                    + ", which this JDK cannot decrypt; re-encrypt it with"
                    + " 'openssl pkcs8 -topk8 -v2 aes-256-cbc' (PBES2)", e);
        }
        try {
            return info.getKeySpec(cipher).getEncoded();
        } catch (InvalidKeySpecException e) {
            // a wrong key fails the padding check or, rarely, decrypts to bytes that are not DER
            throw new TlsConfigException(file, "wrong password for the encrypted private key in " + file, e);
        }
    }
}
