package officialskg.article;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@link Article} as it was read, every field kept, as one line of JSON: how {@code kg ingest} hands articles
 * it read itself to a running {@code kg serve}. Unlike the JSON Lines input shape, this keeps what the readers
 * found in a page (its file-name id, paragraph and caption spans, subtitles, publisher, origin), so the served
 * store gets exactly the graph a local ingest of the same file would write.
 */
public final class ArticleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleJson() {
    }

    /** One line, no line breaks inside (they are escaped in strings). */
    public static String encode(Article article) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", article.id());
        o.put("title", article.title());
        ArrayNode subtitles = o.putArray("subtitles");
        article.subtitles().forEach(subtitles::add);
        article.published().ifPresent(p -> {
            o.put("published", p.dateTime().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
            o.put("timeKnown", p.timeKnown());
        });
        o.put("publisher", article.publisher());
        o.put("url", article.url());
        o.put("text", article.text());
        ArrayNode spans = o.putArray("spans");
        for (TextSpan span : article.spans()) {
            spans.addArray().add(span.start()).add(span.end()).add(span.kind().name());
        }
        o.put("origin", article.origin());
        return JSON.writeValueAsString(o);
    }

    /** The article {@link #encode} wrote; {@link IllegalArgumentException} with a one-line reason otherwise. */
    public static Article decode(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            List<String> subtitles = new ArrayList<>();
            o.path("subtitles").forEach(s -> subtitles.add(s.asString()));
            Optional<PublishedAt> published = Optional.empty();
            if (o.hasNonNull("published")) {
                published = Optional.of(new PublishedAt(ZonedDateTime.parse(o.get("published").asString(),
                        DateTimeFormatter.ISO_ZONED_DATE_TIME), o.path("timeKnown").asBoolean(false)));
            }
            List<TextSpan> spans = new ArrayList<>();
            for (JsonNode s : o.path("spans")) {
                spans.add(new TextSpan(s.get(0).asInt(), s.get(1).asInt(), TextSpan.Kind.valueOf(s.get(2).asString())));
            }
            if (!o.hasNonNull("id") || !o.hasNonNull("text")) {
                throw new IllegalArgumentException("id and text are required");
            }
            String text = o.get("text").asString();
            int length = text.codePointCount(0, text.length());
            if (spans.stream().anyMatch(s -> s.end() > length)) {
                throw new IllegalArgumentException("a span ends past the text");
            }
            return new Article(o.get("id").asString(), o.path("title").asString(""), subtitles, published,
                    o.path("publisher").asString(""), o.path("url").asString(""), text, spans,
                    o.path("origin").asString(""));
        } catch (DateTimeParseException | NullPointerException | JacksonException e) {
            throw new IllegalArgumentException("not an article: " + e.getMessage());
        }
    }
}
