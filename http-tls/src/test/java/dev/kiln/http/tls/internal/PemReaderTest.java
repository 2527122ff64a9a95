package dev.kiln.http.tls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.http.tls.TlsConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PEM text as tools write it (RFC 7468), and malformed PEM named with its file. */
class PemReaderTest {

    private static final Path FILE = Path.of("server.crt");

    @Test
    void readsBlocksWithCrLfIndentationAndTextAround() {
        String text = "Bag Attributes\r\n    localKeyID: 01\r\nsubject=CN = localhost\r\n"
                + "-----BEGIN CERTIFICATE-----\r\n  AQID\r\nBA==  \r\n-----END CERTIFICATE-----\r\n"
                + "between\n-----BEGIN PRIVATE KEY-----\nBQY=\n-----END PRIVATE KEY-----";

        List<PemBlock> blocks = PemReader.parse(FILE, "certificate chain", text);

        assertEquals(2, blocks.size());
        assertEquals("CERTIFICATE", blocks.get(0).label());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, blocks.get(0).der());
        assertEquals("PRIVATE KEY", blocks.get(1).label());
        assertArrayEquals(new byte[] {5, 6}, blocks.get(1).der());
    }

    @Test
    void marksOpensslLegacyEncryptedBlocks() {
        String text = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nAQID\n"
                + "-----END RSA PRIVATE KEY-----\n";

        assertTrue(PemReader.parse(FILE, "private key", text).get(0).legacyEncrypted());
    }

    @Test
    void rejectsABlockWithoutEnd() {
        TlsConfigException error = assertThrows(TlsConfigException.class,
                () -> PemReader.parse(FILE, "certificate chain", "-----BEGIN CERTIFICATE-----\nAQID\n"));

        assertEquals("the certificate chain file server.crt is not PEM: the block BEGIN CERTIFICATE has no END line",
                error.getMessage());
    }

    @Test
    void rejectsAnEndOfAnotherLabel() {
        TlsConfigException error = assertThrows(TlsConfigException.class,
                () -> PemReader.parse(FILE, "certificate chain", "-----BEGIN CERTIFICATE-----\nAQID\n-----END PRIVATE KEY-----\n"));

        assertEquals("the certificate chain file server.crt is not PEM: the block BEGIN CERTIFICATE ends with"
                + " -----END PRIVATE KEY-----", error.getMessage());
    }

    @Test
    void rejectsInvalidBase64() {
        TlsConfigException error = assertThrows(TlsConfigException.class,
                () -> PemReader.parse(FILE, "certificate chain", "-----BEGIN CERTIFICATE-----\nA=B=\n-----END CERTIFICATE-----\n"));

        assertEquals("the certificate chain file server.crt is not PEM: the block CERTIFICATE is not valid Base64",
                error.getMessage());
    }

    @Test
    void rejectsTextWithoutBlocks() {
        TlsConfigException error = assertThrows(TlsConfigException.class,
                () -> PemReader.parse(FILE, "certificate chain", ""));

        assertEquals(FILE, error.file());
        assertEquals("the certificate chain file server.crt is not PEM: it has no -----BEGIN ...----- line", error.getMessage());
    }
}
