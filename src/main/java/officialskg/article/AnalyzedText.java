package officialskg.article;

/**
 * The text the extractors analyze for an article, as fixed by the {@code kg extract} JSON Lines contract:
 * the body alone when the article has no title, else the title, a blank line, then the body.
 *
 * <p>{@link Article#text()} always holds the body only, so paragraph and caption spans stay valid; offsets into the
 * analyzed text of a body position are shifted by {@link #bodyOffset(Article)} code points.
 */
public final class AnalyzedText {

    static final String TITLE_SEPARATOR = "\n\n";

    private AnalyzedText() {
    }

    /** {@code body} without a title; {@code title + "\n\n" + body} with one. */
    public static String of(Article article) {
        return article.title().isEmpty() ? article.text() : article.title() + TITLE_SEPARATOR + article.text();
    }

    /** Code-point offset at which the body starts inside {@link #of(Article)}: 0 without a title. */
    public static int bodyOffset(Article article) {
        String title = article.title();
        return title.isEmpty() ? 0 : title.codePointCount(0, title.length()) + TITLE_SEPARATOR.length();
    }
}
