package officialskg.store;

import officialskg.vocab.Schema;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store holds, counted with SPARQL (so a remote store is counted the same way), and for an embedded store
 * what it takes on disk.
 *
 * @param articles        article graphs
 * @param triples         distinct triples of the union graph (ontology included)
 * @param quads           quads over all named graphs (a triple stated by two articles counts twice)
 * @param namedGraphs     named graphs (articles and the ontology)
 * @param mentions        {@code kg:Mention}s
 * @param entitiesByType  distinct entities mentioned by articles, per {@code rdf:type} IRI, most first
 * @param relationsByType {@code kg:Relation}s per {@code kg:relationType}, most first
 * @param firstArticle    earliest {@code schema:datePublished} (its date part), when any
 * @param lastArticle     latest one
 * @param disk            embedded store only
 */
public record StoreStatistics(long articles, long triples, long quads, long namedGraphs, long mentions,
                              Map<String, Long> entitiesByType, Map<String, Long> relationsByType,
                              Optional<String> firstArticle, Optional<String> lastArticle,
                              Optional<DiskUsage> disk) {

    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX kg:     <https://officials-kg.org/ontology#>
            """;

    public StoreStatistics {
        entitiesByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entitiesByType));
        relationsByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationsByType));
        Objects.requireNonNull(disk, "disk");
    }

    public long persons() {
        return entitiesByType.getOrDefault(Schema.Person.getURI(), 0L);
    }

    public long organizations() {
        return entitiesByType.getOrDefault(Schema.Organization.getURI(), 0L);
    }

    public long places() {
        return entitiesByType.getOrDefault(Schema.Place.getURI(), 0L);
    }

    public long events() {
        return entitiesByType.getOrDefault(Schema.Event.getURI(), 0L);
    }

    /** Disk bytes (database and text index) per article; empty for a remote or an empty store. */
    public Optional<Long> bytesPerArticle() {
        return disk.filter(d -> articles > 0).map(d -> d.totalBytes() / articles);
    }

    /** Counts {@code store} with queries limited to {@code timeout} each; {@code disk} as measured by the caller. */
    public static StoreStatistics of(KgStore store, Optional<DiskUsage> disk, Duration timeout) {
        QueryRunner queries = store.queries();
        long quads = number(queries.run("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", Map.of(), timeout));
        long graphs = number(queries.run("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }", Map.of(), timeout));
        long mentions = number(queries.run(PREFIXES + "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a kg:Mention }",
                Map.of(), timeout));
        // Each entity once before its types: it is typed in every article graph that mentions it, so a type
        // look-up per (article, entity) pair would cost the square of its articles (see queries/graph-stats.rq).
        Map<String, Long> entities = grouped(queries.run(PREFIXES + """
                SELECT ?key (COUNT(DISTINCT ?e) AS ?n) {
                  { SELECT DISTINCT ?e { ?article kg:mentions ?e } } ?e a ?key
                } GROUP BY ?key ORDER BY DESC(?n) ?key""", Map.of(), timeout));
        Map<String, Long> relations = grouped(queries.run(PREFIXES + """
                SELECT ?key (COUNT(DISTINCT ?r) AS ?n) { ?r a kg:Relation ; kg:relationType ?key }
                GROUP BY ?key ORDER BY DESC(?n) ?key""", Map.of(), timeout));
        QueryResult dates = queries.run(PREFIXES + """
                SELECT (MIN(SUBSTR(STR(?d), 1, 10)) AS ?first) (MAX(SUBSTR(STR(?d), 1, 10)) AS ?last)
                { ?a a schema:NewsArticle ; schema:datePublished ?d }""", Map.of(), timeout);
        return new StoreStatistics(store.articleCount(), store.tripleCount(), quads, graphs, mentions, entities,
                relations, dates.text(0, "first"), dates.text(0, "last"), disk);
    }

    private static long number(QueryResult result) {
        return result.size() == 0 ? 0 : Long.parseLong(result.text(0, "n").orElse("0"));
    }

    private static Map<String, Long> grouped(QueryResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int row = 0; row < result.size(); row++) {
            counts.put(result.text(row, "key").orElseThrow(), Long.parseLong(result.text(row, "n").orElseThrow()));
        }
        return counts;
    }
}
