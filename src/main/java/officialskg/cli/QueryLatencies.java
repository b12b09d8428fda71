package officialskg.cli;

import officialskg.store.KgStore;
import officialskg.store.QueryParameter;
import officialskg.store.QueryResult;
import officialskg.store.QueryRunner;
import officialskg.store.StoreException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Latency of every analyst query ({@code queries/*.rq}) on a loaded store. Parameter values come from the data
 * itself, by parameter name: the most-mentioned person (for {@code entity}, {@code person}; its IRI for an
 * {@code iri} parameter) and organization, the event with the most participants (in any role; the
 * most-mentioned event when none has any), the most reported (role, organization) pair of a tenure, the
 * first article id, and the earliest and latest publication day; a parameter with a default keeps it (an optional
 * filter left open), except {@code article}, bound to the first article (left open, facts-with-evidence would list
 * every fact of the store, which measures result writing more than the query). A query with a parameter none of
 * these fit is listed as skipped.
 */
final class QueryLatencies {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX kg:     <https://officials-kg.org/ontology#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            """;

    /** One query's figures; {@code skipped} holds the reason when it was not run. */
    record Latency(String query, Map<String, String> params, int rows, double medianMs, double p95Ms, int runs,
                   String skipped) {
    }

    private final KgStore store;
    private final Path queriesDir;
    private final Map<String, String> values = new LinkedHashMap<>();
    private String personIri = "";

    QueryLatencies(KgStore store, Path queriesDir) {
        this.store = store;
        this.queriesDir = queriesDir;
        pickValues();
    }

    /** The values picked from the data, by parameter name. */
    Map<String, String> values() {
        return values;
    }

    private void pickValues() {
        QueryRunner q = store.queries();
        String top = QueryRunner.resolve("top-entities", queriesDir);
        for (var kind : List.of(new String[] {"Person", "person"}, new String[] {"Event", "event"},
                new String[] {"Organization", "organization"})) {
            QueryResult r = q.run(top, Map.of("type", kind[0]), TIMEOUT);
            if (r.size() > 0) {
                values.put(kind[1], r.text(0, "name").orElse(""));
                if (kind[1].equals("person")) {
                    personIri = r.get(0, "entity").map(n -> n.getURI()).orElse("");
                }
            }
        }
        if (values.containsKey("person")) {
            values.put("entity", values.get("person"));
        }
        // the event queries list participants: the most-mentioned event may have none (a sports final reported by
        // name only), and timing an empty answer says little about the query
        QueryResult attended = q.run(PREFIXES + """
                SELECT ?name (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  GRAPH ?g { ?e schema:attendee|schema:organizer|^kg:candidateIn|^kg:spokeAt|^kg:boycotted ?p }
                  ?e a schema:Event ; skos:prefLabel ?name .
                } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1""", Map.of(), TIMEOUT);
        if (attended.size() > 0) {
            attended.text(0, "name").ifPresent(name -> values.put("event", name));
        }
        QueryResult tenure = q.run(PREFIXES + """
                SELECT ?role ?orgName (COUNT(?t) AS ?n) WHERE {
                  ?t a kg:Tenure ; org:organization ?o ; org:role/kg:normalizedValue ?role .
                  ?o skos:prefLabel ?orgName .
                } GROUP BY ?role ?orgName ORDER BY DESC(?n) ?role ?orgName LIMIT 1""", Map.of(), TIMEOUT);
        if (tenure.size() > 0) {
            values.put("role", tenure.text(0, "role").orElse(""));
            values.put("organization", tenure.text(0, "orgName").orElse(""));
        }
        QueryResult days = q.run(PREFIXES + """
                SELECT (MIN(?d) AS ?from) (MAX(?d) AS ?to) WHERE {
                  ?a a schema:NewsArticle ; schema:datePublished ?p . BIND(SUBSTR(STR(?p), 1, 10) AS ?d)
                }""", Map.of(), TIMEOUT);
        days.text(0, "from").ifPresent(v -> values.put("from", v));
        days.text(0, "to").ifPresent(v -> values.put("to", v));
        store.articleIds().stream().findFirst().ifPresent(id -> {
            values.put("id", id);
            values.put("article", id);
        });
    }

    /** Runs each query once to warm up, then {@code runs} timed times (fewer when one run outlasts the budget). */
    List<Latency> measure(int runs, Duration budgetPerQuery) {
        List<Latency> all = new ArrayList<>();
        for (String name : QueryRunner.available(queriesDir)) {
            String sparql = QueryRunner.resolve(name, queriesDir);
            Map<String, String> params = new LinkedHashMap<>();
            Optional<String> missing = Optional.empty();
            for (QueryParameter p : QueryParameter.declaredIn(sparql)) {
                if (p.type().equals("iri") && !personIri.isEmpty()) {
                    params.put(p.name(), personIri);
                } else if (p.defaultValue().isPresent() && !p.name().equals("article")) {
                    continue;
                } else if (values.containsKey(p.name())) {
                    params.put(p.name(), values.get(p.name()));
                } else {
                    missing = Optional.of("no value in the data for parameter " + p.name());
                }
            }
            if (missing.isPresent()) {
                all.add(new Latency(name, params, 0, 0, 0, 0, missing.get()));
                continue;
            }
            try {
                all.add(time(name, sparql, params, runs, budgetPerQuery));
            } catch (StoreException e) {
                all.add(new Latency(name, params, 0, 0, 0, 0, e.getMessage()));
            }
        }
        return all;
    }

    private Latency time(String name, String sparql, Map<String, String> params, int runs, Duration budget) {
        QueryRunner q = store.queries();
        int rows = q.run(sparql, params, TIMEOUT).size();
        double[] ms = new double[runs];
        int done = 0;
        long started = System.nanoTime();
        while (done < runs && (done == 0 || System.nanoTime() - started < budget.toNanos())) {
            long t0 = System.nanoTime();
            q.run(sparql, params, TIMEOUT);
            ms[done++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] taken = Arrays.copyOf(ms, done);
        Arrays.sort(taken);
        return new Latency(name, params, rows, percentile(taken, 50), percentile(taken, 95), done, null);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
