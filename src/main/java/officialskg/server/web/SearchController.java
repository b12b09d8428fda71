package officialskg.server.web;

import officialskg.server.ServedGraph;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Full-text search: {@code GET /api/search?q=} (JSON) and {@code GET /search?q=} (HTML). */
@RestController
final class SearchController {

    private static final int MAX_RESULTS = 50;

    private final TextSearch search;
    private final String basePath;
    private final String base;

    SearchController(ServedGraph graph) {
        this.search = new TextSearch(new GraphView(graph.store().datasetGraph()));
        this.basePath = ResourceController.basePath(graph.pipeline().iris());
        this.base = graph.pipeline().iris().base();
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> api(@RequestParam("q") String q,
                            @RequestParam(value = "limit", defaultValue = "20") int limit) {
        String words = checked(q);
        return Map.of("query", words, "results", search.search(words, Math.clamp(limit, 1, MAX_RESULTS)));
    }

    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(value = "q", defaultValue = "") String q) {
        Html html = Html.page("Search " + q);
        html.tag("h1", "Search");
        if (q.isBlank()) {
            return html.end();
        }
        List<TextSearch.Hit> hits = search.search(checked(q), MAX_RESULTS);
        html.raw("<p>").text(hits.size() + " result(s) for “" + q.strip() + "”").raw("</p><ol class=\"hits\">");
        for (TextSearch.Hit hit : hits) {
            String href = hit.iri().startsWith(base) ? basePath + "/" + hit.iri().substring(base.length()) : hit.iri();
            html.raw("<li data-match=\"").text(hit.match()).raw("\">").link(href, hit.label()).raw(" <small>")
                    .text(hit.kind()).raw("</small><br>");
            switch (hit.match()) {
                case "label" -> html.raw("<small>").text("name: " + hit.matched()).raw("</small>");
                case "holder" -> html.raw("<small>").text("holds: " + hit.matched()).raw("</small>");
                case "post" -> html.raw("<small>").text("post or title: " + hit.matched()).raw("</small>");
                default -> html.raw("<q>").text(hit.matched()).raw("</q>");
            }
            html.raw("</li>");
        }
        return html.raw("</ol>").end();
    }

    private static String checked(String q) {
        String words = q == null ? "" : q.strip();
        if (words.isEmpty() || words.length() > 200) {
            throw new IllegalArgumentException("q must hold 1 to 200 characters");
        }
        return words;
    }
}
