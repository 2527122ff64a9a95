package dev.kiln.http.core.internal;

/** Looks into comma-separated header lists ({@code #token}, RFC 9110 §5.6.1) without allocating. */
final class TokenList {

    private TokenList() {
    }

    /**
     * Returns whether the list has this element, compared case-insensitively, ignoring OWS and any
     * {@code ;parameters}.
     */
    static boolean contains(String list, String token) {
        if (list == null) {
            return false;
        }
        int length = list.length();
        int i = 0;
        while (i < length) {
            while (i < length && (list.charAt(i) == ' ' || list.charAt(i) == '\t' || list.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < length && list.charAt(i) != ',' && list.charAt(i) != ';' && list.charAt(i) != ' ' && list.charAt(i) != '\t') {
                i++;
            }
            if (i - start == token.length() && list.regionMatches(true, start, token, 0, token.length())) {
                return true;
            }
            while (i < length && list.charAt(i) != ',') {
                i++;
            }
        }
        return false;
    }
}
