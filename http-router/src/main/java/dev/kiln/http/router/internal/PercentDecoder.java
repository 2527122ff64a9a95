package dev.kiln.http.router.internal;

import dev.kiln.http.core.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Percent-decodes path text (RFC 3986 §2.1) as UTF-8; {@code +} stays a plus. */
public final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * Decodes all of {@code text}.
     *
     * @param text raw text
     * @return the decoded text
     * @throws BadRequestException when an escape is malformed or the bytes are not UTF-8
     */
    public static String decode(String text) {
        return decode(text, 0, text.length());
    }

    /**
     * Decodes {@code text[from, to)}.
     *
     * @param text raw text
     * @param from first index
     * @param to index after the last
     * @return the decoded text
     * @throws BadRequestException when an escape is malformed or the bytes are not UTF-8
     */
    public static String decode(String text, int from, int to) {
        int percent = text.indexOf('%', from);
        if (percent < 0 || percent >= to) {
            return text.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= to) {
                    throw new BadRequestException("malformed percent-encoding in path: '" + text.substring(from, to) + "'");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new BadRequestException("malformed percent-encoding in path: '" + text.substring(from, to) + "'");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("path is not valid UTF-8 after percent-decoding: '" + text.substring(from, to) + "'");
        }
    }
}
