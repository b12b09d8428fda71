package officialskg.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a saved news page in HTML: metadata from Open Graph, article meta tags, JSON-LD and {@code <time>}; the body
 * from the article element (or the densest block of paragraphs) after scripts, navigation and footers are removed.
 */
final class HtmlReader {

    /** Where news sites put the article body, most specific first. */
    private static final List<String> BODY_SELECTORS = List.of("[itemprop=articleBody]", "#articleBody",
            "#article_body", "#articleBodyContents", "#dic_area", "#newsct_article", ".article_body",
            ".article-body", ".articleBody", ".news_body", ".news-body", ".story-news", "article");
    private static final String NOT_CONTENT =
            "script, style, noscript, template, nav, aside, footer, form, iframe, button, select, svg, header, "
                    + "[role=navigation], [aria-hidden=true]";
    private static final int MIN_BODY_CHARS = 50;

    private HtmlReader() {
    }

    static ArticleRead read(String html, String origin, String idHint) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), textOf(doc.selectFirst("h1")), doc.title());
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        Optional<PublishedAt> published = HtmlPublished.of(doc);
        String siteName = meta(doc, "og:site_name");
        doc.select(NOT_CONTENT).remove();
        HtmlLines flat = HtmlLines.of(mainBlock(doc));
        BodyRegion region = BodyRegion.of(flat.lines, flat.kinds());
        if (!region.hasBody()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        List<Block> blocks = BodyBlocks.of(region).stream().filter(b -> !b.text().equals(title)).toList();
        BodyText body = BodyText.of(blocks);
        if (body.text.isEmpty()) {
            return new ArticleRead.Failed(origin, "no article text found");
        }
        if (published.isEmpty()) {
            published = PageTextReader.published(region);
        }
        String publisher = firstNonBlank(siteName, BodyBlocks.publisher(region).orElse(""), outletOf(url));
        String id = ArticleIds.mint(idHint, url, body.text);
        return new ArticleRead.Ok(new Article(id, title, List.of(), published, publisher, url, body.text,
                body.spans, origin));
    }

    /** A known article container with enough text, else the element holding the most paragraph text. */
    static Element mainBlock(Document doc) {
        for (String selector : BODY_SELECTORS) {
            Elements found = doc.select(selector);
            Element best = null;
            for (Element e : found) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= MIN_BODY_CHARS) {
                return best;
            }
        }
        return densest(doc);
    }

    /** The parent of the most paragraph text ({@code <p>} children and bare text between {@code <br>}). */
    private static Element densest(Document doc) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        for (Element e : doc.body().select("div, td, section, main")) {
            int own = e.ownText().length();
            if (own > 0) {
                score.merge(e, own, Integer::sum);
            }
        }
        return score.entrySet().stream().filter(e -> e.getValue() >= MIN_BODY_CHARS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
    }

    static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String textOf(Element e) {
        return e == null ? "" : LineCleaner.clean(e.text());
    }

    private static String outletOf(String url) {
        try {
            String host = url.isEmpty() ? null : URI.create(url).getHost();
            return host == null ? "" : OutletCredits.fromDomain(host).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return LineCleaner.clean(v);
            }
        }
        return "";
    }
}
