package dev.kiln.http.core.internal;

/** Byte classes of RFC 9110 §5.6.2 and §5.5, as lookup tables for the parsers. */
final class HttpBytes {

    private static final boolean[] TOKEN = new boolean[256];
    private static final boolean[] FIELD_VALUE = new boolean[256];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
        for (int c = 0; c < 256; c++) {
            // field-content: VCHAR, SP, HTAB, obs-text. Never NUL, CR, LF or other controls, nor DEL.
            FIELD_VALUE[c] = c == ' ' || c == '\t' || (c >= 0x21 && c != 0x7f);
        }
    }

    private HttpBytes() {
    }

    static boolean isToken(byte b) {
        return TOKEN[b & 0xff];
    }

    static boolean isFieldValue(byte b) {
        return FIELD_VALUE[b & 0xff];
    }

    static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int hexValue(int c) {
        if (c <= '9') {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }
}
