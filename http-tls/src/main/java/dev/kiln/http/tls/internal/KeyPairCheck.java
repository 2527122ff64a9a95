package dev.kiln.http.tls.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;

/**
 * Tells whether a private key belongs to a certificate's public key. RSA keys compare their modulus;
 * other keys sign a random challenge that the public key must verify (a proof of possession, as
 * TLS itself will ask for).
 */
final class KeyPairCheck {

    private KeyPairCheck() {
    }

    /**
     * Returns why the keys do not belong together, or {@code null} when they do.
     *
     * @param privateKey the private key
     * @param publicKey the certificate's public key
     * @return the mismatch, or {@code null}
     */
    static String mismatch(PrivateKey privateKey, PublicKey publicKey) {
        String privateFamily = family(privateKey.getAlgorithm());
        String publicFamily = family(publicKey.getAlgorithm());
        if (!privateFamily.equals(publicFamily)) {
            return "the key is " + privateKey.getAlgorithm() + ", the certificate's key is " + publicKey.getAlgorithm();
        }
        if (privateKey instanceof RSAKey rsa && publicKey instanceof RSAKey rsaPublic) {
            return rsa.getModulus().equals(rsaPublic.getModulus()) ? null : "the RSA moduli differ";
        }
        if (privateKey instanceof ECKey ec && publicKey instanceof ECKey ecPublic
                && !ec.getParams().getCurve().equals(ecPublic.getParams().getCurve())) {
            return "the EC keys are on different curves";
        }
        try {
            String algorithm = switch (privateFamily) {
                case "EC" -> "SHA256withECDSA";
                case "DSA" -> "SHA256withDSA";
                default -> privateKey.getAlgorithm(); // Ed25519, Ed448, EdDSA
            };
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature) ? null : "a signature made with the key does not verify with the certificate";
        } catch (GeneralSecurityException e) {
            return "the key cannot be checked against the certificate: " + e.getMessage();
        }
    }

    private static String family(String algorithm) {
        return switch (algorithm) {
            case "RSA", "RSASSA-PSS" -> "RSA";
            case "EC", "ECDSA" -> "EC";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> algorithm;
        };
    }
}
