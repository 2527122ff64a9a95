package dev.kiln.http.core.internal;

import dev.kiln.http.core.BadRequestException;
import dev.kiln.http.core.Status;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding (RFC 3986 §2.1) of paths and query components into UTF-8 text, strictly: a
 * {@code %} not followed by two hex digits, bytes that are not UTF-8, and (in paths) NUL are errors.
 */
public final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * Decodes a request path.
     *
     * @param raw the path as received
     * @return the decoded path; {@code raw} itself when it has no escape
     * @throws HttpProtocolException 400 when an escape is malformed, the bytes are not UTF-8, or the
     *     path decodes to a NUL
     */
    public static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        String decoded = decode(raw, false);
        if (decoded == null) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "request path has an invalid percent-encoding or is not UTF-8");
        }
        if (decoded.indexOf('\0') >= 0) {
            throw new HttpProtocolException(Status.BAD_REQUEST_400, "request path decodes to a NUL character");
        }
        return decoded;
    }

    /**
     * Decodes one query or form component, where {@code +} stands for a space.
     *
     * @param raw the component as received
     * @return the decoded text
     * @throws BadRequestException when an escape is malformed or the bytes are not UTF-8
     */
    public static String decodeComponent(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        String decoded = decode(raw, true);
        if (decoded == null) {
            throw new BadRequestException("invalid percent-encoding or non-UTF-8 bytes in parameter: " + abbreviate(raw));
        }
        return decoded;
    }

    /** Returns the decoded text, or {@code null} when the input is malformed. */
    private static String decode(String raw, boolean plusIsSpace) {
        int length = raw.length();
        byte[] bytes = new byte[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !HttpBytes.isHexDigit(raw.charAt(i + 1)) || !HttpBytes.isHexDigit(raw.charAt(i + 2))) {
                    return null;
                }
                bytes[n++] = (byte) (HttpBytes.hexValue(raw.charAt(i + 1)) << 4 | HttpBytes.hexValue(raw.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes[n++] = ' ';
            } else if (c > 0xff) {
                return null;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
