package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the PEM blocks of a file (RFC 7468). Text outside blocks (e.g. the {@code Bag Attributes}
 * lines {@code openssl pkcs12} writes) is ignored; every error names the file.
 *
 * <pre>
 * -----BEGIN CERTIFICATE-----
 * MIIBszCCAVmgAwIBAgIU...
 * -----END CERTIFICATE-----
 * </pre>
 */
final class PemReader {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private PemReader() {
    }

    /**
     * Reads every block of a file.
     *
     * @param file the file
     * @param what what the file should hold, for messages, e.g. {@code "certificate chain"}
     * @return the blocks, at least one
     * @throws TlsConfigException when the file is missing, unreadable, or has no well-formed block
     */
    static List<PemBlock> read(Path file, String what) {
        return parse(file, what, new String(readBytes(file, what), StandardCharsets.ISO_8859_1));
    }

    /** Reads a whole file, with a message naming it and what it should hold when it cannot. */
    static byte[] readBytes(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TlsConfigException(file, "the " + what + " file " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new TlsConfigException(file, "the " + what + " file " + file + " is not readable (permission denied)", e);
        } catch (IOException e) {
            throw new TlsConfigException(file, "cannot read the " + what + " file " + file + ": " + e, e);
        }
    }

    static List<PemBlock> parse(Path file, String what, String text) {
        List<PemBlock> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r");
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++].strip();
            if (!line.startsWith(BEGIN)) {
                continue;
            }
            String label = label(line, BEGIN, file, what);
            StringBuilder base64 = new StringBuilder();
            boolean legacyEncrypted = false;
            boolean ended = false;
            while (i < lines.length) {
                String body = lines[i++].strip();
                if (body.startsWith(END)) {
                    if (!label(body, END, file, what).equals(label)) {
                        throw notPem(file, what, "the block BEGIN " + label + " ends with " + body);
                    }
                    ended = true;
                    break;
                }
                if (body.indexOf(':') > 0) {
                    // RFC 1421 headers, written by "openssl rsa -aes256": Proc-Type: 4,ENCRYPTED
                    legacyEncrypted |= body.startsWith("Proc-Type:") && body.contains("ENCRYPTED");
                    continue;
                }
                base64.append(body);
            }
            if (!ended) {
                throw notPem(file, what, "the block BEGIN " + label + " has no END line");
            }
            try {
                blocks.add(new PemBlock(label, Base64.getMimeDecoder().decode(base64.toString()), legacyEncrypted));
            } catch (IllegalArgumentException e) {
                throw notPem(file, what, "the block " + label + " is not valid Base64");
            }
        }
        if (blocks.isEmpty()) {
            throw notPem(file, what, "it has no -----BEGIN ...----- line"
                    + (looksBinary(text) ? " (it looks binary: DER or PKCS#12? use TlsConfig.fromPkcs12 for a keystore)" : ""));
        }
        return blocks;
    }

    private static String label(String line, String prefix, Path file, String what) {
        if (!line.endsWith(DASHES) || line.length() < prefix.length() + DASHES.length()) {
            throw notPem(file, what, "malformed line " + line);
        }
        return line.substring(prefix.length(), line.length() - DASHES.length());
    }

    private static boolean looksBinary(String text) {
        return text.chars().limit(64).anyMatch(c -> c < 0x09 || c > 0x7e);
    }

    private static TlsConfigException notPem(Path file, String what, String why) {
        return new TlsConfigException(file, "the " + what + " file " + file + " is not PEM: " + why);
    }
}
