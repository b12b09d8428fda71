package officialskg.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the extractors analyze for an article and that the store keeps as its text: the headline, the summary
 * lines under it (one per line), then the body, separated by blank lines; parts that are empty are left out.
 *
 * <p>For JSON Lines this is the {@code kg extract} contract exactly (no subtitles there: the body alone without a
 * title, else title, blank line, body). For scraped pages and HTML the headline and summary lines are analyzed too,
 * because that is where the article names its people and events first; the body still ends the text, so the
 * paragraph and caption spans of {@link Article#text()} move onto it by {@link #bodyOffset(Article)} code points.
 */
public final class AnalyzedText {

    static final String SEPARATOR = "\n\n";

    private AnalyzedText() {
    }

    public static String of(Article article) {
        String head = head(article);
        return head.isEmpty() ? article.text() : head + SEPARATOR + article.text();
    }

    /** Code-point offset at which the body starts inside {@link #of(Article)}: 0 without a headline or summary. */
    public static int bodyOffset(Article article) {
        String head = head(article);
        return head.isEmpty() ? 0 : head.codePointCount(0, head.length()) + SEPARATOR.length();
    }

    private static String head(Article article) {
        List<String> parts = new ArrayList<>();
        if (!article.title().isBlank()) {
            parts.add(article.title());
        }
        List<String> subtitles = article.subtitles().stream().filter(s -> !s.isBlank()).toList();
        if (!subtitles.isEmpty()) {
            parts.add(String.join("\n", subtitles));
        }
        return String.join(SEPARATOR, parts);
    }
}
