package officialskg.server.web;

import java.util.List;

/**
 * The start page of an analyst: what the store holds (counts), where to start browsing (the people, organizations
 * and events most articles mention, the newest articles, who holds posts in which organization) and the ways in
 * (search, SPARQL, the REST API).
 */
final class HomePage {

    private final String base;
    private final String basePath;
    private final String fusekiUrl;

    HomePage(String base, String basePath, String fusekiUrl) {
        this.base = base;
        this.basePath = basePath;
        this.fusekiUrl = fusekiUrl;
    }

    String render(HomeView.Overview overview) {
        Html html = Html.page("Home");
        html.tag("h1", "Officials KG");
        counts(html, overview.counts());
        html.raw("<form class=\"home-search\" action=\"/search\" method=\"get\"><input name=\"q\" "
                + "placeholder=\"인물, 기관, 직함 (예: 서울시장)\" autofocus><button>Search</button></form>");
        html.raw("<div class=\"home-columns\">");
        ranked(html, "top-people", "People", overview.people());
        ranked(html, "top-organizations", "Organizations", overview.organizations());
        ranked(html, "top-events", "Events", overview.events());
        html.raw("</div>");
        recent(html, overview.recent());
        posts(html, overview.posts());
        html.tag("h2", "More").raw("<ul class=\"more\"><li>")
                .link(fusekiUrl + "#/dataset/kg/query", "SPARQL (Fuseki UI), dataset /kg")
                .raw("</li><li>").link("/openapi.json", "REST API (OpenAPI)").raw("</li><li>")
                .link("/api/health", "Health").raw("</li></ul>");
        return html.end();
    }

    private static void counts(Html html, HomeView.Counts c) {
        html.raw("<ul id=\"counts\" class=\"counts\">");
        count(html, "articles", c.articles());
        count(html, "people", c.people());
        count(html, "organizations", c.organizations());
        count(html, "events", c.events());
        count(html, "places", c.places());
        count(html, "facts", c.facts());
        html.raw("</ul>");
    }

    private static void count(Html html, String what, long n) {
        html.raw("<li data-count=\"").text(what).raw("\"><b>").text(String.format("%,d", n)).raw("</b> ")
                .text(what).raw("</li>");
    }

    private void ranked(Html html, String id, String title, List<HomeView.Ranked> entities) {
        html.raw("<section id=\"").text(id).raw("\">").tag("h2", title);
        if (entities.isEmpty()) {
            html.raw("<p>none yet</p></section>");
            return;
        }
        html.raw("<ol>");
        entities.forEach(e -> html.raw("<li>").link(href(e.iri()), e.label()).raw(" <small>")
                .text(articles(e.articles())).raw("</small></li>"));
        html.raw("</ol></section>");
    }

    private void recent(Html html, List<GraphView.ArticleRef> recent) {
        html.raw("<section id=\"recent-articles\">").tag("h2", "Recent articles");
        if (recent.isEmpty()) {
            html.raw("<p>none yet</p></section>");
            return;
        }
        html.raw("<ul class=\"articles\">");
        recent.forEach(a -> html.raw("<li><time>").text(day(a.date())).raw("</time> ")
                .link(href(a.iri()), a.headline() == null ? a.iri() : a.headline()).raw("</li>"));
        html.raw("</ul></section>");
    }

    private void posts(Html html, List<HomeView.PostsOf> posts) {
        html.raw("<section id=\"posts-by-organization\">").tag("h2", "Posts by organization");
        if (posts.isEmpty()) {
            html.raw("<p>none yet</p></section>");
            return;
        }
        html.raw("<table class=\"posts\"><tr><th>Organization</th><th>Post-holders</th><th>Among them</th></tr>");
        for (HomeView.PostsOf org : posts) {
            html.raw("<tr><td>").link(href(org.iri()), org.label()).raw("</td><td>")
                    .text(Long.toString(org.holders())).raw("</td><td>");
            for (int i = 0; i < org.shown().size(); i++) {
                HomeView.Holder h = org.shown().get(i);
                html.raw(i == 0 ? "" : ", ").link(href(h.iri()), h.label());
                if (h.roles() != null && !h.roles().isBlank()) {
                    html.raw(" <small>").text(h.roles()).raw("</small>");
                }
            }
            html.raw("</td></tr>");
        }
        html.raw("</table></section>");
    }

    private static String articles(long n) {
        return n == 1 ? "1 article" : n + " articles";
    }

    /** A link that stays on this server for IRIs minted under the base, and the IRI itself otherwise. */
    private String href(String iri) {
        return iri != null && iri.startsWith(base) ? basePath + "/" + iri.substring(base.length()) : iri;
    }

    private static String day(String date) {
        return date == null ? "—" : date.length() >= 10 ? date.substring(0, 10) : date;
    }
}
