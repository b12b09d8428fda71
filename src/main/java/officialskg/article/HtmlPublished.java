package officialskg.article;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * The publication time of an HTML page, from the first source that states one: article meta tags, JSON-LD
 * {@code datePublished}, then {@code <time datetime>}. A value without a zone is Seoul time.
 */
final class HtmlPublished {

    private static final List<String> META_NAMES = List.of("article:published_time", "og:article:published_time",
            "pubdate", "publishdate", "date", "dc.date.issued", "datePublished");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private HtmlPublished() {
    }

    static Optional<PublishedAt> of(Document doc) {
        for (String name : META_NAMES) {
            Optional<PublishedAt> at = PublishedDates.parseAny(HtmlReader.meta(doc, name));
            if (at.isPresent()) {
                return at;
            }
        }
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            Optional<PublishedAt> at = PublishedDates.parseAny(
                    itemprop.hasAttr("content") ? itemprop.attr("content") : itemprop.attr("datetime"));
            if (at.isPresent()) {
                return at;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<PublishedAt> at = fromJsonLd(script.data());
            if (at.isPresent()) {
                return at;
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<PublishedAt> at = PublishedDates.parseAny(time.attr("datetime"));
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** The first {@code datePublished} anywhere in the JSON-LD (objects, arrays, {@code @graph}). */
    private static Optional<PublishedAt> fromJsonLd(String json) {
        try {
            JsonNode node = JSON.readTree(json).findValue("datePublished");
            return node != null && node.isString() ? PublishedDates.parseAny(node.asString()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();   // broken JSON-LD is common on real pages; other sources may still say
        }
    }
}
