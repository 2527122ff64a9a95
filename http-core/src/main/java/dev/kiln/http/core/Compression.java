package dev.kiln.http.core;

/**
 * When the server gzips response bodies. A body is compressed when the request's
 * {@code Accept-Encoding} accepts {@code gzip} (q-values honoured), the content type is textual
 * ({@code text/*}, JSON, JavaScript, XML, SVG), the body is at least {@code minSize} bytes (or
 * streamed), and the response is neither partial (206, {@code Content-Range}) nor already encoded
 * ({@code Content-Encoding}). Such responses carry {@code Vary: Accept-Encoding}.
 *
 * @param enabled whether to compress at all
 * @param minSize the smallest fixed-length body worth compressing, in bytes
 * @param level the deflate level, 1 (fastest) to 9 (smallest)
 */
public record Compression(boolean enabled, int minSize, int level) {

    /** The default smallest body compressed: {@value} bytes. */
    public static final int DEFAULT_MIN_SIZE = 1024;
    /** The default deflate level: {@value}. */
    public static final int DEFAULT_LEVEL = 6;

    /**
     * Checks the settings.
     *
     * @param enabled whether to compress at all
     * @param minSize the smallest body compressed, 0 or more
     * @param level the deflate level, 1 to 9
     */
    public Compression {
        if (minSize < 0) {
            throw new IllegalArgumentException("minSize must be >= 0, was " + minSize);
        }
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("level must be 1..9, was " + level);
        }
    }

    /**
     * Returns gzip on, for bodies of {@value #DEFAULT_MIN_SIZE} bytes or more, at level
     * {@value #DEFAULT_LEVEL}.
     *
     * @return the default settings
     */
    public static Compression defaults() {
        return new Compression(true, DEFAULT_MIN_SIZE, DEFAULT_LEVEL);
    }

    /**
     * Returns compression switched off.
     *
     * @return settings that never compress
     */
    public static Compression disabled() {
        return new Compression(false, DEFAULT_MIN_SIZE, DEFAULT_LEVEL);
    }
}
