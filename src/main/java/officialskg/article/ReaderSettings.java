package officialskg.article;

/**
 * Limits that protect a run from one oversized input. Chosen at construction of {@link ArticleInputs}.
 *
 * @param maxFileBytes largest TEXT or HTML file read whole (default {@value #DEFAULT_MAX_FILE_BYTES} bytes, 10 MB);
 *                     JSON Lines files are streamed and have no file limit
 * @param maxLineChars longest JSON Lines line accepted (default {@value #DEFAULT_MAX_LINE_CHARS} characters)
 */
public record ReaderSettings(long maxFileBytes, int maxLineChars) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_CHARS = 10_000_000;
    public static final ReaderSettings DEFAULTS = new ReaderSettings(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_CHARS);

    public ReaderSettings {
        if (maxFileBytes <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxLineChars);
        }
    }
}
