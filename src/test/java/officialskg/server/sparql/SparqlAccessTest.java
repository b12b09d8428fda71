package officialskg.server.sparql;

import org.junit.jupiter.api.Test;

import static officialskg.server.sparql.SparqlAccess.ADMIN;
import static officialskg.server.sparql.SparqlAccess.LISTING;
import static officialskg.server.sparql.SparqlAccess.OPEN;
import static officialskg.server.sparql.SparqlAccess.PREFLIGHT;
import static officialskg.server.sparql.SparqlAccess.QUERY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SparqlAccessTest {

    @Test
    void queriesAndReadsOfTheDatasetAreOpen() {
        assertEquals(QUERY, SparqlAccess.of("GET", "/kg/sparql", "kg"));
        assertEquals(QUERY, SparqlAccess.of("POST", "/kg/query", "kg"));
        assertEquals(QUERY, SparqlAccess.of("POST", "/kg", "kg"));
        assertEquals(QUERY, SparqlAccess.of("GET", "/kg/get", "kg"));
        assertEquals(QUERY, SparqlAccess.of("HEAD", "/kg/data", "kg"));
        assertEquals(OPEN, SparqlAccess.of("GET", "/", "kg"));
        assertEquals(OPEN, SparqlAccess.of("GET", "/static/index-59ixMx1c.js", "kg"));
        assertEquals(OPEN, SparqlAccess.of("GET", "/$/ping", "kg"));
        assertEquals(OPEN, SparqlAccess.of("POST", "/$/validate/query", "kg"));
        assertEquals(LISTING, SparqlAccess.of("GET", "/$/server", "kg"));
        assertEquals(SparqlAccess.STATS_STUB, SparqlAccess.of("GET", "/$/stats/kg", "kg"));
        assertEquals(PREFLIGHT, SparqlAccess.of("OPTIONS", "/kg/sparql", "kg"));
    }

    @Test
    void everythingElseNeedsTheAdmin() {
        for (String[] request : new String[][] {{"POST", "/kg/update"}, {"GET", "/kg/update"},
                {"PUT", "/kg/data"}, {"POST", "/kg/data"}, {"DELETE", "/kg/data"}, {"POST", "/kg/upload"},
                {"POST", "/$/datasets"}, {"GET", "/$/datasets"}, {"DELETE", "/$/datasets/kg"},
                {"POST", "/$/backup/kg"}, {"POST", "/$/compact/kg"}, {"GET", "/$/stats"}, {"POST", "/$/stats/kg"},
                {"GET", "/$/backups-list"}, {"GET", "/$/metrics"}, {"GET", "/$/tasks"}, {"POST", "/$/server"},
                {"GET", "/other/sparql"}, {"GET", "/kg/unknown"}, {"PUT", "/index.html"},
                {"POST", "/$/validate/data"}, {"OPTIONS", "/kg/update"}, {"PATCH", "/kg/sparql"}}) {
            assertEquals(ADMIN, SparqlAccess.of(request[0], request[1], "kg"), String.join(" ", request));
        }
    }
}
