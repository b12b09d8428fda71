package officialskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kg eval graph} on the three hand-written gold files of {@code officialskg/extract/eval/graph-gold} and their
 * articles (plus one article without a gold file, which is not scored). The gold side of the table is fixed by the
 * files; of the predicted side only the persons (plain names) are pinned, so that extraction work elsewhere does
 * not break this test.
 */
class EvalGraphCommandTest {

    private static Path resource(String name) throws Exception {
        return Path.of(EvalGraphCommandTest.class.getResource("/officialskg/extract/eval/" + name).toURI());
    }

    @Test
    void printsTheTableAndTheErrorsOfTheArticlesWithAGoldFile() throws Exception {
        KgRun run = KgRun.of("eval", "graph", resource("graph-gold").toString(),
                resource("graph-articles.jsonl").toString(), "--errors");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("articles: 3", lines.get(0), run.toString());
        assertEquals("category          gold predicted matched precision  recall      f1", lines.get(1));
        assertEquals("persons              5         5       5     1.000   1.000   1.000", lines.get(2));
        List<String> categories = List.of("persons", "organizations", "places", "events", "tenures", "affiliations",
                "meetings", "participations");
        List<Integer> gold = List.of(5, 5, 1, 2, 5, 3, 2, 2);
        for (int i = 0; i < categories.size(); i++) {
            String[] row = lines.get(2 + i).split(" +");
            assertEquals(categories.get(i), row[0], run.toString());
            assertEquals(String.valueOf(gold.get(i)), row[1], run.toString());
            assertEquals(7, row.length, run.toString());
        }
        assertTrue(lines.get(10).matches("mean F1 +[01]\\.\\d{3}"), run.toString());
        assertEquals("", lines.get(11));
        for (String line : lines.subList(12, lines.size())) {
            assertTrue(line.matches("graph-[123]|  [a-z]+ +(missed|spurious): .+"), line);
        }
        assertFalse(run.out().contains("graph-4"), run.toString());
    }

    @Test
    void scoresOnlyTheSplitAndWritesJson(@TempDir Path dir) throws Exception {
        Path split = Files.writeString(dir.resolve("held-out.txt"), "# held out\ngraph-2\n\ngraph-9\n");
        KgRun run = KgRun.of("eval", "graph", resource("graph-gold").toString(),
                resource("graph-articles.jsonl").toString(), "--split", split.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("1 of the ids in " + split + " have no gold file: graph-9"), run.toString());
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertEquals(1, json.get("articles").asInt());
        assertEquals(2, json.at("/categories/participations/gold").asInt());
        assertEquals(1, json.at("/categories/persons/matched").asInt());
        assertEquals(0, json.at("/categories/meetings/gold").asInt());
        assertEquals(1.0, json.at("/categories/meetings/f1").asDouble()); // nothing to find, nothing claimed
        assertTrue(json.get("meanF1").isNumber());
        assertFalse(json.has("errors"), run.toString());
    }

    @Test
    void refusesAnUnknownFormatAndAMissingGoldDirectory(@TempDir Path dir) throws Exception {
        String articles = resource("graph-articles.jsonl").toString();
        KgRun format = KgRun.of("eval", "graph", resource("graph-gold").toString(), articles, "--format", "csv");
        assertEquals(1, format.exitCode(), format.toString());
        assertTrue(format.err().contains("unknown format 'csv' (use table or json)"), format.toString());
        KgRun missing = KgRun.of("eval", "graph", dir.resolve("nowhere").toString(), articles);
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("nowhere: not a directory"), missing.toString());
        KgRun empty = KgRun.of("eval", "graph", dir.toString(), articles);
        assertEquals(1, empty.exitCode(), empty.toString());
        assertTrue(empty.err().contains("no gold files"), empty.toString());
    }
}
