package officialskg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scraped news page saved as plain text: headline on the first line, then date line, page controls,
 * subtitles, captions and paragraphs, then related links, tickers and fine print. Keeps only the article.
 */
final class PageTextReader {

    private PageTextReader() {
    }

    static ArticleRead read(String content, String origin, String idHint) {
        List<String> lines = content.lines().map(LineCleaner::clean).toList();
        BodyRegion region = BodyRegion.of(lines, new boolean[0]);
        if (!region.hasBody()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        BodyText body = BodyText.of(BodyBlocks.of(region));
        if (body.text.isEmpty()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        Optional<String> publisher = BodyBlocks.publisher(region);
        int titleLine = titleLine(region);
        String title = titleLine < 0 ? "" : lines.get(titleLine);
        List<String> subtitles = new ArrayList<>();
        for (int i = titleLine + 1; i < region.start; i++) {
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

    /** The first line above the body that is neither chrome nor a list item; -1 when the body starts the page. */
    private static int titleLine(BodyRegion region) {
        for (int i = 0; i < region.start; i++) {
            LineKind kind = region.kinds[i];
            if (kind != LineKind.BLANK && kind != LineKind.BULLET && !region.dropped[i]) {
                return i;
            }
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
