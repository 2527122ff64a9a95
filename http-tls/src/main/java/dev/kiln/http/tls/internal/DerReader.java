package dev.kiln.http.tls.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads ASN.1 DER values one after another from a byte range (ITU-T X.690), enough to find the
 * algorithm of a PKCS#8 key and the curve of a SEC1 key. Throws {@link IllegalArgumentException}
 * on anything malformed.
 */
final class DerReader {

    /** One value: its tag and the range of its contents in the reader's bytes. */
    record Value(int tag, byte[] bytes, int start, int end) {

        /** Returns a reader over this value's contents (for a SEQUENCE or a context-tagged value). */
        DerReader contents() {
            return new DerReader(bytes, start, end);
        }

        /** Returns a copy of the contents. */
        byte[] contentBytes() {
            return Arrays.copyOfRange(bytes, start, end);
        }

        /** Returns the contents of an OBJECT IDENTIFIER in dotted form. */
        String objectIdentifier() {
            expectTag(DerWriter.OBJECT_IDENTIFIER, "object identifier");
            StringBuilder dotted = new StringBuilder();
            BigInteger arc = BigInteger.ZERO;
            boolean first = true;
            for (int i = start; i < end; i++) {
                arc = arc.shiftLeft(7).or(BigInteger.valueOf(bytes[i] & 0x7f));
                if ((bytes[i] & 0x80) == 0) {
                    if (first) {
                        int head = arc.min(BigInteger.valueOf(80)).intValue() / 40;
                        dotted.append(head).append('.').append(arc.subtract(BigInteger.valueOf(40L * head)));
                        first = false;
                    } else {
                        dotted.append('.').append(arc);
                    }
                    arc = BigInteger.ZERO;
                }
            }
            if (first || (bytes[end - 1] & 0x80) != 0) {
                throw new IllegalArgumentException("malformed object identifier");
            }
            return dotted.toString();
        }

        /** Checks the tag. */
        Value expectTag(int expected, String what) {
            if (tag != expected) {
                throw new IllegalArgumentException(
                        "expected " + what + " (tag 0x" + Integer.toHexString(expected) + "), found tag 0x"
                                + Integer.toHexString(tag));
            }
            return this;
        }
    }

    private final byte[] bytes;
    private int position;
    private final int end;

    /** Returns a reader over all of {@code der}. */
    DerReader(byte[] der) {
        this(der, 0, der.length);
    }

    private DerReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    /** Returns whether another value follows. */
    boolean hasNext() {
        return position < end;
    }

    /** Reads the next value. */
    Value next() {
        if (position >= end) {
            throw new IllegalArgumentException("truncated DER: expected another value");
        }
        int tag = bytes[position++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new IllegalArgumentException("multi-byte DER tags are not supported");
        }
        int length = readLength();
        if (length > end - position) {
            throw new IllegalArgumentException("truncated DER: a value of " + length + " bytes has "
                    + (end - position) + " left");
        }
        Value value = new Value(tag, bytes, position, position + length);
        position += length;
        return value;
    }

    private int readLength() {
        if (position >= end) {
            throw new IllegalArgumentException("truncated DER: missing length");
        }
        int first = bytes[position++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 3 || count > end - position) {
            throw new IllegalArgumentException("unsupported or truncated DER length");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (bytes[position++] & 0xff);
        }
        return length;
    }
}
