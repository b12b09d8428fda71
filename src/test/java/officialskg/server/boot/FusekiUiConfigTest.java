package officialskg.server.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's settings for the bundled Fuseki UI, on the real UI files and the real queries/ folder. */
class FusekiUiConfigTest {

    @TempDir
    Path dir;

    @Test
    void theBundledUiTakesTheHooks() throws Exception {
        Path ui = FusekiUiFiles.copyTo(dir.resolve("ui"));
        assertTrue(FusekiUiConfig.patch(ui), "the pieces of the Jena 6.2.0 UI bundle the hooks replace are found");
        assertTrue(Files.readString(ui.resolve("index.html")).contains("<script src=\"./kg-ui.js\"></script>"));
        String bundle;
        try (var files = Files.list(ui.resolve("static"))) {
            Path query = files.filter(f -> f.getFileName().toString().startsWith("Query-")
                    && f.toString().endsWith(".js")).findFirst().orElseThrow();
            bundle = Files.readString(query, StandardCharsets.UTF_8);
        }
        assertTrue(bundle.contains("queries:(window.KG_UI?.queries??[{value:SELECT_TRIPLES_QUERY"), "examples hook");
        assertTrue(bundle.contains("prefixes:(window.KG_UI?.prefixes??[{uri:"), "prefixes hook");
        assertTrue(bundle.contains("{key:e.text,title:e.description,"), "descriptions as tooltips");
    }

    @Test
    void examplesAreTheAnalystQueriesWithTitlesFromTheirHeaders() {
        List<FusekiUiConfig.Example> examples = FusekiUiConfig.examples(Path.of("queries"));
        assertTrue(examples.size() >= 20, examples.toString());
        var posts = examples.stream().filter(e -> e.name().equals("person-posts")).findFirst().orElseThrow();
        assertEquals("Posts of a person over time", posts.title());
        assertTrue(posts.description().startsWith("Posts of a person over time: every tenure reported of them"),
                posts.description());
        assertTrue(posts.description().contains("?person (string) the person's name as labelled"),
                posts.description());
        assertTrue(posts.text().contains("SELECT"));
        var count = examples.stream().filter(e -> e.name().equals("article-count")).findFirst().orElseThrow();
        assertEquals("How many articles the store holds (one number)", count.title());
    }

    @Test
    void prefixesComeFromTheOntologyAndTheQueries() {
        Map<String, String> prefixes = FusekiUiConfig.prefixes(FusekiUiConfig.examples(Path.of("queries")));
        assertEquals(List.of("kg", "schema", "org", "prov", "skos", "rdf", "rdfs", "owl", "xsd"),
                prefixes.keySet().stream().limit(9).toList());
        assertEquals("https://officials-kg.org/ontology#", prefixes.get("kg"));
        assertEquals("http://purl.org/dc/terms/", prefixes.get("dcterms"));
        assertEquals("http://jena.apache.org/text#", prefixes.get("text"));
    }

    @Test
    void theScriptCarriesTheSettings() throws Exception {
        var examples = List.of(FusekiUiConfig.example("count", "# How many: one number.\n\nSELECT * {}\n"));
        FusekiUiConfig.write(dir, new FusekiUiConfig.Settings(Map.of("kg", "https://officials-kg.org/ontology#"),
                examples, Optional.of(new FusekiUiConfig.Links("http://localhost:8080/kg/", 9000, "/kg/"))));
        String script = Files.readString(dir.resolve(FusekiUiConfig.SCRIPT), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("window.KG_UI = {\"prefixes\":[{"), script);
        assertTrue(script.contains("\"text\":\"How many\""), script);
        assertTrue(script.contains("\"value\":\"# How many: one number.\\n\\nSELECT * {}\\n\""), script);
        assertTrue(script.contains("\"links\":{"), script);
        assertTrue(script.contains("MutationObserver"), script);
    }
}
