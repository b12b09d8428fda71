package officialskg.server.web;

import officialskg.rdf.IriMinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The HTML view of one resource: labels and types, posts, a timeline of facts, a relation network (people and
 * organizations), co-mentioned entities, the articles that mention it, its own triples and links to Fuseki.
 */
final class ResourcePage {

    private final GraphView view;
    private final IriMinter iris;
    private final String basePath;
    private final String fusekiUrl;

    ResourcePage(GraphView view, IriMinter iris, String basePath, String fusekiUrl) {
        this.view = view;
        this.iris = iris;
        this.basePath = basePath;
        this.fusekiUrl = fusekiUrl;
    }

    String render(String iri, Graph described) {
        String label = view.label(iri);
        List<String> types = view.types(iri);
        Html html = Html.page(label == null ? iri : label);
        html.tag("h1", label == null ? GraphView.local(NodeFactory.createURI(iri)) : label);
        html.raw("<p class=\"iri\">").text(iri).raw("</p><p class=\"types\">");
        types.forEach(t -> html.raw("<span class=\"type\">").text(GraphView.local(NodeFactory.createURI(t)))
                .raw("</span> "));
        html.raw("</p><p class=\"formats\">");
        for (String f : List.of("ttl", "jsonld", "nt")) {
            html.link("?format=" + f, f).raw(" ");
        }
        html.raw("</p>");
        List<GraphView.Fact> facts = view.facts(iri);
        boolean networked = types.stream().anyMatch(t -> t.endsWith("Person") || t.endsWith("Organization"));
        posts(html, facts);
        if (types.stream().anyMatch(t -> t.endsWith("Event"))) {
            event(html, facts);
        }
        if (networked) {
            html.tag("h2", "Relations");
            html.raw("<div id=\"network\" class=\"network\" data-base=\"").text(iris.base()).raw("\" data-path=\"")
                    .text(basePath).raw("\"></div><script type=\"application/json\" id=\"network-data\">")
                    .raw(NetworkJson.of(iri, label, facts, view.coMentioned(iri, 15)).replace("<", "\\u003c"))
                    .raw("</script><script src=\"/webjars/cytoscape/" + KgWebApp.CYTOSCAPE
                            + "/dist/cytoscape.min.js\"></script><script src=\"/network.js\"></script>");
        }
        timeline(html, facts, networked ? view.statements(iri) : List.of());
        neighbours(html, view.coMentioned(iri, 30));
        articles(html, view.articlesMentioning(iri, 50));
        triples(html, iri, described);
        String query = GraphView.factsQueryFor(iri);
        html.tag("h2", "SPARQL");
        html.raw("<p>").link(fusekiUrl + "kg/query?query=" + UriUtils.encode(query, StandardCharsets.UTF_8),
                "Facts of this resource (Fuseki, JSON)").raw(" · ")
                .link(fusekiUrl + "#/dataset/kg/query?query=" + UriUtils.encode(query, StandardCharsets.UTF_8),
                        "Open in the Fuseki query UI").raw("</p><pre>").text(query).raw("</pre>");
        return html.end();
    }

    private void posts(Html html, List<GraphView.Fact> facts) {
        List<GraphView.Fact> posts = distinct(facts.stream().filter(f -> "holdsPosition".equals(f.type())).toList());
        if (posts.isEmpty()) {
            return;
        }
        html.tag("h2", "Posts").raw("<table class=\"posts\"><tr><th>Title</th><th>Organization</th><th>Status</th>"
                + "<th>Date</th><th>Article</th></tr>");
        for (GraphView.Fact post : posts) {
            html.raw("<tr><td>");
            participant(html, post, "title");
            html.raw("</td><td>");
            participant(html, post, "organization");
            html.raw("</td><td>").text(post.status()).raw("</td><td>").text(day(post.date())).raw("</td><td>");
            html.link(href(post.article()), post.headline() == null ? post.article() : post.headline())
                    .raw("</td></tr>");
        }
        html.raw("</table>");
    }

    /** How a participant took part, by the relation type that says so. */
    private static final java.util.Map<String, String> PARTICIPATION = java.util.Map.of("attends", "attended",
            "organizes", "organized", "candidateIn", "candidate", "speaksAt", "spoke", "boycotts", "boycotted",
            "meets", "met");

    /**
     * An event's when, where and who: its dates and places as the articles state them, then its participants by
     * role (attended, organized, candidate, spoke, boycotted), each with the number of articles saying so.
     */
    private void event(Html html, List<GraphView.Fact> facts) {
        var dates = new java.util.TreeSet<String>();
        var places = new java.util.LinkedHashMap<String, GraphView.Participant>();
        var byRole = new java.util.TreeMap<String, java.util.LinkedHashMap<String, java.util.Set<String>>>();
        var labels = new java.util.HashMap<String, String>();
        for (GraphView.Fact fact : facts) {
            if (!"event".equals(fact.role())) {
                continue;
            }
            for (GraphView.Participant p : fact.others()) {
                switch (String.valueOf(fact.type())) {
                    case "occursOn" -> dates.add(p.label() == null ? p.iri() : p.label());
                    case "locatedIn" -> places.putIfAbsent(p.iri(), p);
                    default -> {
                        String how = PARTICIPATION.getOrDefault(fact.type(), fact.type());
                        byRole.computeIfAbsent(how, k -> new java.util.LinkedHashMap<>())
                                .computeIfAbsent(p.iri(), k -> new java.util.HashSet<>()).add(fact.article());
                        labels.putIfAbsent(p.iri(), p.label());
                    }
                }
            }
        }
        if (dates.isEmpty() && places.isEmpty() && byRole.isEmpty()) {
            return;
        }
        html.tag("h2", "Event").raw("<dl class=\"event\"><dt>When</dt><dd>")
                .text(dates.isEmpty() ? "not stated" : String.join(", ", dates)).raw("</dd><dt>Where</dt><dd>");
        if (places.isEmpty()) {
            html.text("not stated");
        }
        places.values().forEach(p -> html.link(href(p.iri()), p.label() == null ? p.iri() : p.label()).raw(" "));
        html.raw("</dd></dl><table class=\"participants\"><tr><th>Role</th><th>Who</th><th>Articles</th></tr>");
        byRole.forEach((how, who) -> who.forEach((iri, articles) -> {
            html.raw("<tr><td>").text(how).raw("</td><td>");
            html.link(href(iri), labels.get(iri) == null ? iri : labels.get(iri));
            html.raw("</td><td>").text(Integer.toString(articles.size())).raw("</td></tr>");
        }));
        html.raw("</table>");
    }

    /**
     * One fact per article, type, role and participants: an article that states a post in several sentences
     * yields several relations, which would otherwise fill the page with the same line.
     */
    private static List<GraphView.Fact> distinct(List<GraphView.Fact> facts) {
        var seen = new java.util.HashSet<List<Object>>();
        return facts.stream().filter(f -> seen.add(List.of(f.article(), String.valueOf(f.type()),
                String.valueOf(f.role()), String.valueOf(f.status()), Set.copyOf(f.others())))).toList();
    }

    private void participant(Html html, GraphView.Fact fact, String role) {
        fact.others().stream().filter(p -> role.equals(p.role()))
                .forEach(p -> html.link(href(p.iri()), p.label() == null ? p.iri() : p.label()).raw(" "));
    }

    /** Facts and statements, merged by day (each list comes in date order). */
    private void timeline(Html html, List<GraphView.Fact> facts, List<GraphView.Said> said) {
        if (facts.isEmpty() && said.isEmpty()) {
            return;
        }
        html.tag("h2", "Timeline").raw("<ol class=\"timeline\">");
        int next = 0;
        for (GraphView.Fact fact : distinct(facts)) {
            while (next < said.size() && day(said.get(next).date()).compareTo(day(fact.date())) <= 0) {
                statement(html, said.get(next++));
            }
            html.raw("<li><time>").text(day(fact.date())).raw("</time> ")
                    .raw("<a class=\"fact\" href=\"").text(href(fact.iri())).raw("\">").text(fact.type()).raw("</a> (")
                    .text(fact.role()).raw(") ");
            for (GraphView.Participant p : fact.others()) {
                html.text(p.role() + ": ").link(href(p.iri()), p.label() == null ? p.iri() : p.label()).raw(" ");
            }
            if (fact.evidence() != null) {
                html.raw("<blockquote>").text(fact.evidence()).raw(" — ")
                        .link(href(fact.article()), fact.headline() == null ? "article" : fact.headline())
                        .raw("</blockquote>");
            }
            html.raw("</li>");
        }
        while (next < said.size()) {
            statement(html, said.get(next++));
        }
        html.raw("</ol>");
    }

    private void statement(Html html, GraphView.Said said) {
        html.raw("<li class=\"statement\"><time>").text(day(said.date())).raw("</time> ")
                .raw("<a class=\"fact\" href=\"").text(href(said.iri())).raw("\">said</a> (").text(said.mode())
                .raw(") <q>").text(said.quotation()).raw("</q> ");
        if (said.event() != null) {
            html.text("at: ").link(href(said.event()), said.eventLabel() == null ? said.event() : said.eventLabel());
        }
        if (said.evidence() != null) {
            html.raw("<blockquote>").text(said.evidence()).raw(" — ")
                    .link(href(said.article()), said.headline() == null ? "article" : said.headline())
                    .raw("</blockquote>");
        }
        html.raw("</li>");
    }

    private void neighbours(Html html, List<GraphView.Neighbour> neighbours) {
        if (neighbours.isEmpty()) {
            return;
        }
        html.tag("h2", "Mentioned together with").raw("<ul class=\"neighbours\">");
        neighbours.forEach(n -> html.raw("<li>").link(href(n.iri()), n.label()).raw(" <small>")
                .text(n.type() + ", " + n.articles() + " article(s)").raw("</small></li>"));
        html.raw("</ul>");
    }

    private void articles(Html html, List<GraphView.ArticleRef> articles) {
        if (articles.isEmpty()) {
            return;
        }
        html.tag("h2", "Articles").raw("<ul class=\"articles\">");
        articles.forEach(a -> html.raw("<li><time>").text(day(a.date())).raw("</time> ")
                .link(href(a.iri()), a.headline() == null ? a.iri() : a.headline()).raw("</li>"));
        html.raw("</ul>");
    }

    private void triples(Html html, String iri, Graph described) {
        html.tag("h2", "Statements").raw("<table class=\"triples\">");
        Node subject = NodeFactory.createURI(iri);
        described.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            html.raw("<tr><td>").text(GraphView.local(t.getPredicate())).raw("</td><td>");
            Node o = t.getObject();
            if (o.isURI()) {
                html.link(href(o.getURI()), o.getURI());
            } else if (o.isLiteral()) {
                String text = o.getLiteralLexicalForm();
                html.text(text.length() > 600 ? text.substring(0, text.offsetByCodePoints(0, 600)) + "…" : text);
            } else {
                html.text(o.toString());
            }
            html.raw("</td></tr>");
        });
        html.raw("</table>");
    }

    /** A link that stays on this server for IRIs minted under the base, and the IRI itself otherwise. */
    private String href(String iri) {
        return iri != null && iri.startsWith(iris.base()) ? basePath + "/" + iri.substring(iris.base().length()) : iri;
    }

    private static String day(String date) {
        return date == null ? "—" : date.length() >= 10 ? date.substring(0, 10) : date;
    }
}
