package officialskg.server.web;

import officialskg.server.ServedGraph;

/** The start page: what is stored and where to go next. */
final class HomePage {

    private HomePage() {
    }

    static String render(ServedGraph graph, String basePath) {
        Html html = Html.page("Home");
        html.tag("h1", "Officials KG");
        html.raw("<p>").text(graph.store().articleCount() + " articles in " + graph.settings().store()).raw("</p><ul>")
                .raw("<li>").link(graph.fusekiUrl() + "#/dataset/kg/query", "SPARQL (Fuseki UI), dataset /kg")
                .raw("</li><li>").link("/search?q=" + "서울시장", "Search, e.g. 서울시장").raw("</li><li>")
                .link("/openapi.json", "REST API (OpenAPI)").raw("</li><li>").link("/api/health", "Health")
                .raw("</li></ul><p>Resource pages live under ").text(basePath + "/").raw(", e.g. ")
                .link(basePath + "/entity/person/오세훈", basePath + "/entity/person/오세훈").raw("</p>");
        return html.end();
    }
}
