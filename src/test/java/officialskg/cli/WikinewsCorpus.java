package officialskg.cli;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A JSON Lines corpus of any size made from the 604 real Wikinews articles of {@code ../shared}: the originals in
 * file order, then copies of them under new ids ({@code wikinews-000-copy2} is the second copy of {@code wikinews-000}).
 * Tests that use it are skipped when the shared data is not beside the project.
 */
final class WikinewsCorpus {

    static final Path WIKINEWS = Path.of("../shared/data/wikinews-ko.jsonl");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WikinewsCorpus() {
    }

    static void assumePresent() {
        assumeTrue(Files.isRegularFile(WIKINEWS), "../shared/data/wikinews-ko.jsonl is not beside the project");
    }

    /** Writes {@code count} articles to {@code file} and returns their ids in file order. */
    static List<String> write(Path file, int count) throws IOException {
        List<String> originals = Files.readAllLines(WIKINEWS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<String> ids = new ArrayList<>(count);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode article = (ObjectNode) JSON.readTree(originals.get(i % originals.size()));
                int copy = i / originals.size();
                String id = article.get("id").asString() + (copy == 0 ? "" : "-copy" + copy);
                article.put("id", id);
                out.write(JSON.writeValueAsString(article));
                out.write('\n');
                ids.add(id);
            }
        }
        return ids;
    }
}
