package officialskg.server.web;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the home page shows, from SPARQL over the store: counts, the entities most articles mention, the newest
 * articles and the organizations with the most post-holders. About a second of queries on the demo store, so the
 * result is kept per store version ({@link PerStoreVersion}): recomputed after a write, never older than the store.
 */
final class HomeView {

    /** Entities listed per type, and articles, post-holding organizations and holders per organization shown. */
    static final int TOP = 10;
    static final int RECENT = 10;
    static final int ORGANIZATIONS = 8;
    static final int HOLDERS = 5;

    record Counts(long articles, long people, long organizations, long events, long places, long facts) {
    }

    /** An entity with the number of distinct articles mentioning it. */
    record Ranked(String iri, String label, long articles) {
    }

    /** A post-holder of an organization: the normalized roles held there and the articles reporting them. */
    record Holder(String iri, String label, String roles, long articles) {
    }

    record PostsOf(String iri, String label, long holders, List<Holder> shown) {
    }

    record Overview(Counts counts, List<Ranked> people, List<Ranked> organizations, List<Ranked> events,
                    List<GraphView.ArticleRef> recent, List<PostsOf> posts) {
    }

    private final GraphView view;
    private final PerStoreVersion<Overview> cache;

    HomeView(DatasetGraph dataset) {
        this.view = new GraphView(dataset);
        this.cache = new PerStoreVersion<>(dataset);
    }

    Overview overview() {
        return cache.get(this::compute);
    }

    private Overview compute() {
        Map<String, List<Ranked>> top = top();
        return new Overview(counts(), top.getOrDefault("Person", List.of()),
                top.getOrDefault("Organization", List.of()), top.getOrDefault("Event", List.of()), recent(), posts());
    }

    /**
     * Articles and facts are counted without DISTINCT (each is typed in its own article graph only); entities are
     * typed in every graph mentioning them, so they are made distinct first and typed once each.
     */
    private Counts counts() {
        Map<String, Long> n = new LinkedHashMap<>();
        for (Binding row : view.select("""
                SELECT ?measure ?n WHERE {
                  { SELECT ("articles" AS ?measure) (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle } }
                  UNION { SELECT ("facts" AS ?measure) (COUNT(*) AS ?n) WHERE { ?r a kg:Relation } }
                  UNION { SELECT ?measure (COUNT(DISTINCT ?e) AS ?n) WHERE {
                      { SELECT DISTINCT ?e WHERE { ?a kg:mentions ?e } }
                      ?e a ?t .
                      VALUES (?t ?measure) { (schema:Person "people") (schema:Organization "organizations")
                                             (schema:Event "events") (schema:Place "places") }
                    } GROUP BY ?measure }
                }""", Map.of())) {
            n.put(GraphView.lexical(row, "measure"), Long.parseLong(GraphView.lexical(row, "n")));
        }
        return new Counts(n.getOrDefault("articles", 0L), n.getOrDefault("people", 0L),
                n.getOrDefault("organizations", 0L), n.getOrDefault("events", 0L), n.getOrDefault("places", 0L),
                n.getOrDefault("facts", 0L));
    }

    /** People, organizations and events by the number of articles mentioning them (ties by IRI: stable). */
    private Map<String, List<Ranked>> top() {
        Map<String, List<Ranked>> top = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Binding row : view.select("""
                SELECT ?e ?label ?type ?n WHERE {
                  { SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a kg:mentions ?e } GROUP BY ?e }
                  ?e a ?type ; skos:prefLabel ?label .
                  VALUES ?type { schema:Person schema:Organization schema:Event }
                } ORDER BY DESC(?n) ?e ?label LIMIT 600""", Map.of())) {
            String type = GraphView.local(row.get(GraphView.var("type")));
            String iri = row.get(GraphView.var("e")).getURI();
            String label = GraphView.lexical(row, "label");
            List<Ranked> list = top.computeIfAbsent(type, k -> new ArrayList<>());
            // A person known only by a one-syllable name (김, 박: a surname the extraction kept alone) is no one to
            // start browsing from.
            boolean anonymous = "Person".equals(type) && label.codePointCount(0, label.length()) < 2;
            if (list.size() < TOP && !anonymous && seen.putIfAbsent(type + " " + iri, true) == null) {
                list.add(new Ranked(iri, label,
                        Long.parseLong(GraphView.lexical(row, "n"))));
            }
        }
        return top;
    }

    private List<GraphView.ArticleRef> recent() {
        List<GraphView.ArticleRef> recent = new ArrayList<>();
        for (Binding row : view.select("""
                SELECT ?a ?date ?headline WHERE {
                  ?a a schema:NewsArticle ; schema:datePublished ?date .
                  OPTIONAL { ?a schema:headline ?headline }
                } ORDER BY DESC(?date) ?a LIMIT 40""", Map.of())) {
            String iri = row.get(GraphView.var("a")).getURI();
            String date = GraphView.lexical(row, "date");
            String headline = GraphView.lexical(row, "headline");
            // One story is sometimes stored under several ids (copies in the Wikinews dump): listed once.
            if (recent.size() < RECENT && recent.stream().noneMatch(r -> r.iri().equals(iri)
                    || headline != null && headline.equals(r.headline()) && day(date).equals(day(r.date())))) {
                recent.add(new GraphView.ArticleRef(iri, date, headline));
            }
        }
        return recent;
    }

    private static String day(String date) {
        return date == null ? "" : date.substring(0, Math.min(10, date.length()));
    }

    /** The organizations with the most distinct post-holding people, each with its most reported holders. */
    private List<PostsOf> posts() {
        Map<String, PostsOf> orgs = new LinkedHashMap<>();
        for (Binding row : view.select("""
                SELECT ?org ?orgLabel ?holders ?p ?name (GROUP_CONCAT(DISTINCT ?role; separator=", ") AS ?roles)
                       (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  { SELECT ?org (COUNT(DISTINCT ?p0) AS ?holders) WHERE {
                      ?t0 a kg:Tenure ; org:organization ?org ; org:member ?p0 . ?p0 a schema:Person
                    } GROUP BY ?org ORDER BY DESC(?holders) ?org LIMIT 8 }
                  ?org skos:prefLabel ?orgLabel .
                  ?t a kg:Tenure ; org:organization ?org ; org:member ?p ; prov:wasDerivedFrom ?a .
                  ?p a schema:Person ; skos:prefLabel ?name .
                  OPTIONAL { ?t org:role/kg:normalizedValue ?role }
                } GROUP BY ?org ?orgLabel ?holders ?p ?name
                ORDER BY DESC(?holders) ?org DESC(?n) ?name ?p""", Map.of())) {
            String org = row.get(GraphView.var("org")).getURI();
            PostsOf posts = orgs.computeIfAbsent(org, k -> new PostsOf(k, GraphView.lexical(row, "orgLabel"),
                    Long.parseLong(GraphView.lexical(row, "holders")), new ArrayList<>()));
            String person = row.get(GraphView.var("p")).getURI();
            if (posts.shown().size() < HOLDERS && posts.shown().stream().noneMatch(h -> h.iri().equals(person))) {
                posts.shown().add(new Holder(person, GraphView.lexical(row, "name"), GraphView.lexical(row, "roles"),
                        Long.parseLong(GraphView.lexical(row, "n"))));
            }
        }
        return orgs.values().stream().limit(ORGANIZATIONS).toList();
    }
}
