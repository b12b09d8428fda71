package officialskg.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article after reading and cleaning: the unit the rest of the pipeline works on.
 *
 * <p>All offsets ({@link TextSpan}) are Unicode code points into {@link #text()}, end exclusive, because the
 * {@code kg extract} contract and the stored mentions use code points (a Java {@code String} index is a UTF-16
 * unit and drifts after any emoji or other non-BMP character).
 *
 * @param id        stable identifier, safe inside an IRI ({@code [A-Za-z0-9._-]+}): the given id, else one derived from
 *                  the URL, else a content hash
 * @param title     headline, or empty when the source has none
 * @param subtitles summary lines under the headline (부제), in order
 * @param published publication time as stated by the source, when it states one
 * @param publisher outlet or publisher when stated (e.g. 연합뉴스 in a byline), else empty
 * @param url       canonical URL when known, else empty
 * @param text      body text: for pages (TEXT, HTML) the cleaned paragraphs and photo captions separated by blank
 *                  lines; for JSON Lines the given text verbatim. The title is not part of it (see {@link AnalyzedText})
 * @param spans     paragraph and caption spans in {@code text}, in text order
 * @param origin    where it was read from, for messages: a file path, with {@code :line} for JSON Lines
 */
public record Article(
        String id,
        String title,
        List<String> subtitles,
        Optional<PublishedAt> published,
        String publisher,
        String url,
        String text,
        List<TextSpan> spans,
        String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (!ArticleIds.isSafe(id)) {
            throw new IllegalArgumentException("article id is not IRI-safe: " + id);
        }
        title = Objects.requireNonNullElse(title, "");
        subtitles = List.copyOf(subtitles == null ? List.of() : subtitles);
        published = published == null ? Optional.empty() : published;
        publisher = Objects.requireNonNullElse(publisher, "");
        url = Objects.requireNonNullElse(url, "");
        text = Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans == null ? List.of() : spans);
        origin = Objects.requireNonNullElse(origin, "");
    }

    public List<TextSpan> paragraphs() {
        return spans.stream().filter(s -> s.kind() == TextSpan.Kind.PARAGRAPH).toList();
    }

    public List<TextSpan> captions() {
        return spans.stream().filter(s -> s.kind() == TextSpan.Kind.CAPTION).toList();
    }

    /** The slice of {@link #text()} a span covers, by code points. */
    public String textOf(TextSpan span) {
        int from = text.offsetByCodePoints(0, span.start());
        int to = text.offsetByCodePoints(from, span.end() - span.start());
        return text.substring(from, to);
    }
}
