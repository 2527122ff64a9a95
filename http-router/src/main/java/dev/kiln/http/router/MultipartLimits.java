package dev.kiln.http.router;

/**
 * Limits for {@code multipart/form-data} bodies. The whole body is also bounded by the route's body
 * limit ({@code maxBodySize} of the route annotation, else the server's).
 *
 * @param maxFileSize the largest file part, in bytes; more answers {@code 413}
 * @param maxFieldSize the largest text field, in bytes; more answers {@code 400}
 * @param maxParts the most parts in one body; more answers {@code 400}
 * @param maxPartHeaderSize the largest header section of one part, in bytes; more answers {@code 400}
 */
public record MultipartLimits(long maxFileSize, int maxFieldSize, int maxParts, int maxPartHeaderSize) {

    /**
     * Checks the limits.
     *
     * @param maxFileSize the largest file part, 1 or more
     * @param maxFieldSize the largest text field, 1 or more
     * @param maxParts the most parts, 1 or more
     * @param maxPartHeaderSize the largest part header section, 1 or more
     */
    public MultipartLimits {
        if (maxFileSize < 1 || maxFieldSize < 1 || maxParts < 1 || maxPartHeaderSize < 1) {
            throw new IllegalArgumentException("multipart limits must be >= 1");
        }
    }

    /**
     * Returns files up to 100 MiB, text fields up to 64 KiB, 100 parts, 8 KiB of headers per part.
     *
     * @return the default limits
     */
    public static MultipartLimits defaults() {
        return new MultipartLimits(100L << 20, 64 << 10, 100, 8 << 10);
    }
}
