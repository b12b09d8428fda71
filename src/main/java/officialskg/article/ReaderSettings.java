package officialskg.article;

/**
 * Limits that protect a run from one oversized input. Chosen at construction of {@link ArticleInputs}.
 *
 * @param maxFileBytes largest TEXT or HTML file read whole (default {@value #DEFAULT_MAX_FILE_BYTES} bytes, 10 MB);
 *                     JSON Lines files are streamed and have no file limit
 * @param maxLineChars longest JSON Lines line accepted (default {@value #DEFAULT_MAX_LINE_CHARS} characters)
 * @param maxArticleChars longest article text (title and body, in code points) handed on for analysis (default
 *                     {@value #DEFAULT_MAX_ARTICLE_CHARS}, about a hundred times the longest news article): the
 *                     analysis is linear in the text, but its memory grows with it, so one huge input is refused
 *                     with its reason instead of risking the heap a whole run shares
 */
public record ReaderSettings(long maxFileBytes, int maxLineChars, int maxArticleChars) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_CHARS = 10_000_000;
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 500_000;
    public static final ReaderSettings DEFAULTS = new ReaderSettings(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_CHARS,
            DEFAULT_MAX_ARTICLE_CHARS);

    public ReaderSettings {
        if (maxFileBytes <= 0 || maxLineChars <= 0 || maxArticleChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxLineChars
                    + ", " + maxArticleChars);
        }
    }

    /** The read limits, with the default analysis budget. */
    public ReaderSettings(long maxFileBytes, int maxLineChars) {
        this(maxFileBytes, maxLineChars, DEFAULT_MAX_ARTICLE_CHARS);
    }
}
