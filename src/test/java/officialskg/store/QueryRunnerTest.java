package officialskg.store;

import officialskg.rdf.SampleArticles;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryRunnerTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String BY_HEADLINE = """
            # Articles with exactly this headline.
            # @param headline string  the headline
            PREFIX schema: <https://schema.org/>
            SELECT ?id ?echo WHERE {
              OPTIONAL { ?article schema:headline ?headline ; schema:identifier ?id }
              BIND (?headline AS ?echo)
            }
            """;

    @TempDir
    static Path dir;
    static TdbStore store;

    @BeforeAll
    static void fill() {
        store = Fixtures.threeArticles(TdbStore.open(dir.resolve("db"), Fixtures.IRIS));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static QueryResult run(String sparql, Map<String, String> params) {
        return store.queries().run(sparql, params, TIMEOUT);
    }

    @Test
    void aStringParameterMatchesAsALiteral() {
        QueryResult result = run(BY_HEADLINE, Map.of("headline", "서울 이노베이션 포럼 2024 개막"));
        assertEquals(1, result.size());
        assertEquals(SampleArticles.FORUM_ID, result.text(0, "id").orElseThrow());
    }

    @Test
    void anInjectionAttemptStaysALiteral() {
        long triples = store.tripleCount();
        String attack = "\"} ; DROP ALL ; {\"";
        QueryResult result = run(BY_HEADLINE, Map.of("headline", attack));
        assertEquals(1, result.size());
        assertTrue(result.get(0, "id").isEmpty(), "no article has that headline");
        assertEquals(NodeFactory.createLiteralString(attack), result.get(0, "echo").orElseThrow());
        assertEquals(triples, store.tripleCount());
        assertEquals(3, store.articleCount());
    }

    @Test
    void typedParametersAreValidatedAndNamed() {
        String sparql = """
                # @param day xsd:date  a day
                # @param n xsd:integer  a number
                # @default n 7
                SELECT ?day ?n WHERE { }
                """;
        QueryResult result = run(sparql, Map.of("day", "2024-01-08"));
        assertEquals(NodeFactory.createLiteralDT("2024-01-08", XSDDatatype.XSDdate), result.get(0, "day").orElseThrow());
        assertEquals(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), result.get(0, "n").orElseThrow());
        var bad = assertThrows(StoreException.class, () -> run(sparql, Map.of("day", "2024-13-45")));
        assertEquals("parameter day: \"2024-13-45\" is not a valid xsd:date", bad.getMessage());
        var missing = assertThrows(StoreException.class, () -> run(sparql, Map.of()));
        assertTrue(missing.getMessage().startsWith("parameter day needs a value"), missing.getMessage());
        var unknown = assertThrows(StoreException.class, () -> run(sparql, Map.of("day", "2024-01-08", "dya", "x")));
        assertTrue(unknown.getMessage().contains("unknown parameter dya")
                && unknown.getMessage().contains("day (xsd:date: a day)")
                && unknown.getMessage().contains("n (xsd:integer: a number, default 7)"), unknown.getMessage());
    }

    @Test
    void iriAndLanguageParameters() {
        String sparql = """
                # @param entity iri  an entity
                # @param label lang:ko  a label
                PREFIX kg: <https://officials-kg.org/ontology#>
                SELECT ?entity ?label WHERE { }
                """;
        QueryResult result = run(sparql, Map.of("entity", "kg:Title", "label", "시장"));
        assertEquals(NodeFactory.createURI("https://officials-kg.org/ontology#Title"), result.get(0, "entity").orElseThrow());
        assertEquals(NodeFactory.createLiteralLang("시장", "ko"), result.get(0, "label").orElseThrow());
        var bad = assertThrows(StoreException.class, () -> run(sparql, Map.of("entity", "오세훈", "label", "x")));
        assertTrue(bad.getMessage().startsWith("parameter entity:"), bad.getMessage());
    }

    @Test
    void aPathologicalQueryStopsAtItsTimeLimit() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        var e = assertThrows(StoreException.class,
                () -> store.queries().run(crossProduct, Map.of(), Duration.ofMillis(500)));
        assertEquals("query stopped: it ran longer than its time limit of 500 ms", e.getMessage());
    }

    @Test
    void aSyntaxErrorIsReported() {
        var e = assertThrows(StoreException.class, () -> run("SELECT ?x WHERE { ?x ", Map.of()));
        assertTrue(e.getMessage().startsWith("query does not parse:"), e.getMessage());
    }

    @Test
    void outputFormats() {
        String sparql = "PREFIX schema: <https://schema.org/> SELECT ?id { ?a schema:identifier ?id } ORDER BY ?id";
        assertEquals("id\r\netoday-ces-2024\r\nforum-2024\r\nwikinews-1234\r\n", written(run(sparql, Map.of()),
                QueryRunner.Format.CSV));
        assertTrue(written(run(sparql, Map.of()), QueryRunner.Format.JSON).contains("\"value\": \"forum-2024\""));
        String table = written(run(sparql, Map.of()), QueryRunner.Format.TABLE);
        assertTrue(table.contains("| \"wikinews-1234\"   |"), table);
        assertTrue(written(run("ASK { ?s ?p ?o }", Map.of()), QueryRunner.Format.TABLE).contains("yes"));
        String askJson = written(run("ASK { ?s <urn:nothing> ?o }", Map.of()), QueryRunner.Format.JSON);
        assertTrue(askJson.replace(" ", "").contains("\"boolean\":false"), askJson);
        String turtle = written(run("PREFIX schema: <https://schema.org/> CONSTRUCT { ?a schema:identifier ?id } "
                + "WHERE { ?a schema:identifier ?id }", Map.of()), QueryRunner.Format.TABLE);
        assertTrue(turtle.contains("schema:identifier  \"forum-2024\""), turtle);
    }

    static String written(QueryResult result, QueryRunner.Format format) {
        var out = new ByteArrayOutputStream();
        store.queries().write(result, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void resolveByNameOrPath() throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(QueryRunner.resolve("count", queries).startsWith("SELECT"));
        assertTrue(QueryRunner.resolve(queries.resolve("count.rq").toString(), Path.of("elsewhere")).startsWith("SELECT"));
        var e = assertThrows(StoreException.class, () -> QueryRunner.resolve("cuont", queries));
        assertTrue(e.getMessage().contains("cuont.rq does not exist") && e.getMessage().contains("available: count"),
                e.getMessage());
        assertFalse(QueryRunner.available(queries).isEmpty());
    }
}
