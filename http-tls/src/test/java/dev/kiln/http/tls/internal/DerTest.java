package dev.kiln.http.tls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The DER writer and reader against encodings from X.690 and the PKCS#8 structures OpenSSL writes. */
class DerTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1.2.840.113549.1.1.1, 06092a864886f70d010101", // rsaEncryption
        "1.2.840.10045.2.1,    06072a8648ce3d0201",     // id-ecPublicKey
        "1.2.840.10045.3.1.7,  06082a8648ce3d030107",   // prime256v1
        "1.3.132.0.34,         06052b81040022",         // secp384r1
        "2.999.3,              0603883703",             // a first arc of 2 with a large second arc (X.690 8.19.4)
    })
    void encodesAndDecodesObjectIdentifiers(String dotted, String hex) {
        byte[] encoded = DerWriter.objectIdentifier(dotted);

        assertEquals(hex, HEX.formatHex(encoded));
        assertEquals(dotted, new DerReader(encoded).next().objectIdentifier());
    }

    @Test
    void usesTheShortLengthFormBelow128AndTheLongFormAbove() {
        assertEquals("047f", HEX.formatHex(DerWriter.octetString(new byte[127])).substring(0, 4));
        assertEquals("048180", HEX.formatHex(DerWriter.octetString(new byte[128])).substring(0, 6));
        assertEquals("04820100", HEX.formatHex(DerWriter.octetString(new byte[256])).substring(0, 8));
    }

    @Test
    void encodesIntegersInMinimalTwosComplement() {
        assertEquals("020100", HEX.formatHex(DerWriter.integer(0)));
        assertEquals("02020080", HEX.formatHex(DerWriter.integer(128)));
    }

    @Test
    void readsNestedSequencesBack() {
        byte[] info = DerWriter.sequence(DerWriter.integer(0),
                DerWriter.sequence(DerWriter.objectIdentifier("1.2.840.113549.1.1.1"), DerWriter.nullValue()),
                DerWriter.octetString(new byte[300]));

        DerReader fields = new DerReader(info).next().expectTag(DerWriter.SEQUENCE, "sequence").contents();
        assertEquals(DerWriter.INTEGER, fields.next().tag());
        assertEquals("1.2.840.113549.1.1.1", fields.next().contents().next().objectIdentifier());
        assertArrayEquals(new byte[300], fields.next().contentBytes());
        assertEquals(false, fields.hasNext());
    }

    @Test
    void rejectsTruncatedValues() {
        byte[] truncated = HEX.parseHex("300a0201");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new DerReader(truncated).next());

        assertEquals("truncated DER: a value of 10 bytes has 2 left", error.getMessage());
    }

    @Test
    void rejectsAnUnexpectedTag() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DerReader(DerWriter.integer(1)).next().expectTag(DerWriter.SEQUENCE, "SEC1 ECPrivateKey"));

        assertEquals("expected SEC1 ECPrivateKey (tag 0x30), found tag 0x2", error.getMessage());
    }
}
