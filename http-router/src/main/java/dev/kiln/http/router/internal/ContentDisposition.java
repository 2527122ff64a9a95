package dev.kiln.http.router.internal;

/** Reads parameters of a {@code Content-Disposition} value (RFC 6266 §4.1, RFC 7578 §4.2). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * Returns a parameter's value: a token or a quoted string (backslash escapes removed).
     *
     * @param value the header value, e.g. {@code form-data; name="file"; filename="a b.txt"}
     * @param name the parameter name, case-insensitive
     * @return the value, or {@code null} when absent
     */
    static String parameter(String value, String name) {
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                return null;
            }
            String key = value.substring(i, equals).strip();
            i = equals + 1;
            StringBuilder parsed = new StringBuilder();
            if (i < value.length() && value.charAt(i) == '"') {
                i++;
                while (i < value.length() && value.charAt(i) != '"') {
                    char c = value.charAt(i);
                    // browsers send a quoted filename with backslashes unescaped (C:\path): keep a
                    // backslash unless it escapes a quote or a backslash
                    if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == '"' || value.charAt(i + 1) == '\\')) {
                        i++;
                        c = value.charAt(i);
                    }
                    parsed.append(c);
                    i++;
                }
                i++;
                int next = value.indexOf(';', i);
                i = next < 0 ? value.length() : next;
            } else {
                int next = value.indexOf(';', i);
                int end = next < 0 ? value.length() : next;
                parsed.append(value, i, end);
                i = end;
            }
            if (key.equalsIgnoreCase(name)) {
                return parsed.toString().strip();
            }
        }
        return null;
    }
}
