package dev.kiln.http.tls.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Encodes the few ASN.1 DER values needed to wrap PKCS#1 and SEC1 keys into PKCS#8 (ITU-T X.690
 * §8 and §10): each value is tag, definite length, contents.
 */
final class DerWriter {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OBJECT_IDENTIFIER = 0x06;
    static final int SEQUENCE = 0x30;

    private DerWriter() {
    }

    /** Returns a SEQUENCE of already encoded values. */
    static byte[] sequence(byte[]... encodedValues) {
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        for (byte[] value : encodedValues) {
            contents.writeBytes(value);
        }
        return value(SEQUENCE, contents.toByteArray());
    }

    /** Returns an INTEGER (two's complement, minimal length). */
    static byte[] integer(long number) {
        return value(INTEGER, BigInteger.valueOf(number).toByteArray());
    }

    /** Returns an OCTET STRING. */
    static byte[] octetString(byte[] bytes) {
        return value(OCTET_STRING, bytes);
    }

    /** Returns a NULL. */
    static byte[] nullValue() {
        return new byte[] {NULL, 0};
    }

    /**
     * Returns an OBJECT IDENTIFIER from its dotted form, e.g. {@code 1.2.840.113549.1.1.1}: the first
     * two arcs share one number (40 * first + second), every arc is base-128, high bit = more follows.
     */
    static byte[] objectIdentifier(String dotted) {
        String[] arcs = dotted.split("\\.");
        if (arcs.length < 2) {
            throw new IllegalArgumentException("an object identifier has at least two arcs: " + dotted);
        }
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        writeBase128(contents, new BigInteger(arcs[0]).multiply(BigInteger.valueOf(40)).add(new BigInteger(arcs[1])));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(contents, new BigInteger(arcs[i]));
        }
        return value(OBJECT_IDENTIFIER, contents.toByteArray());
    }

    /** Returns an encoded value with this tag and these contents. */
    static byte[] value(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        writeLength(out, contents.length);
        out.writeBytes(contents);
        return out.toByteArray();
    }

    // X.690 §8.1.3: short form below 128, else 0x80 | number of length bytes, then the length big-endian.
    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    private static void writeBase128(ByteArrayOutputStream out, BigInteger arc) {
        if (arc.signum() < 0) {
            throw new IllegalArgumentException("negative object identifier arc " + arc);
        }
        int groups = Math.max(1, (arc.bitLength() + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int group = arc.shiftRight(7 * i).intValue() & 0x7f;
            out.write(i == 0 ? group : group | 0x80);
        }
    }
}
