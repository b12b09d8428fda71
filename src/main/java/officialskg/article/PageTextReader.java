package officialskg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scraped news page saved as plain text: headline on the first line, then date line, page controls,
 * subtitles, captions and paragraphs, then related links, tickers and fine print. Keeps only the article.
 */
final class PageTextReader {

    /** Headlines run to about 60 characters; a much longer first line is the lead of a page without one. */
    private static final int MAX_TITLE_LENGTH = 120;
    /** Short headlines may hold a sentence ({@code …수도 있다.}, a quote); long lines that do are leads. */
    private static final int LONG_HEADLINE = 50;

    private PageTextReader() {
    }

    static ArticleRead read(String content, String origin, String idHint) {
        List<String> lines = new ArrayList<>(content.lines().map(LineCleaner::clean).toList());
        int titleLine = titleLine(lines);
        String title = titleLine < 0 ? "" : lines.get(titleLine);
        if (titleLine >= 0) {
            lines.set(titleLine, "");   // a headline may read like a sentence; it is never body text
        }
        BodyRegion region = BodyRegion.of(lines);
        if (!region.hasBody()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        BodyText body = BodyText.of(BodyBlocks.of(region));
        if (body.text.isEmpty()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        Optional<String> publisher = BodyBlocks.publisher(region);
        List<String> subtitles = new ArrayList<>();
        for (int i = Math.max(titleLine + 1, 0); i < region.start; i++) {
            LineKind kind = region.kinds[i];
            String line = lines.get(i);
            boolean credit = publisher.map(line::equals).orElse(false) || OutletCredits.fromDateline(line).isPresent();
            if ((kind == LineKind.SHORT || kind == LineKind.PROSE) && !region.dropped[i] && !credit) {
                subtitles.add(line);
            }
        }
        Optional<PublishedAt> published = published(region);
        String id = ArticleIds.mint(idHint, "", body.text);
        return new ArticleRead.Ok(new Article(id, title, subtitles, published, publisher.orElse(""), "",
                body.text, body.spans, origin));
    }

    /**
     * The headline: the first line that is neither page chrome nor a list item, when it reads like one: not a long
     * line of sentences with full stops. -1 when the page starts with its body.
     */
    private static int titleLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LineKind kind = LineClassifier.classify(lines.get(i));
            if (kind == LineKind.BLANK || kind == LineKind.BULLET || kind.isChrome()) {
                continue;
            }
            String line = lines.get(i);
            int length = line.codePointCount(0, line.length());
            boolean prose = length > LONG_HEADLINE
                    && (LineClassifier.hasSentenceBreak(line) || LineClassifier.isStoppedSentence(line));
            boolean headline = kind != LineKind.CAPTION && !prose && length <= MAX_TITLE_LENGTH;
            return headline ? i : -1;
        }
        return -1;
    }

    /** The first date line stating a publication (not a modification) time. */
    static Optional<PublishedAt> published(BodyRegion region) {
        for (int i = 0; i < region.lines.size(); i++) {
            if (region.kinds[i] == LineKind.DATE) {
                Optional<PublishedAt> at = PublishedDates.firstInLine(region.lines.get(i));
                if (at.isPresent()) {
                    return at;
                }
            }
        }
        return Optional.empty();
    }
}
