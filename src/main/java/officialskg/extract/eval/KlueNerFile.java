package officialskg.extract.eval;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the KLUE-NER JSON Lines shape: {@code {"id", "text", "entities": [{"start", "end", "type", "text"}]}} with
 * code-point offsets, end exclusive. A malformed line fails with the file, the line number and the reason.
 */
public final class KlueNerFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private KlueNerFile() {
    }

    public static List<KlueSentence> read(Path file) throws IOException {
        List<KlueSentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line));
                } catch (JacksonException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": not a KLUE-NER line: "
                            + e.getMessage().lines().findFirst().orElse(""), e);
                }
            }
        }
        return out;
    }

    static KlueSentence parse(String line) {
        JsonNode node = JSON.readTree(line);
        String id = required(node, "id").asString();
        String text = required(node, "text").asString();
        int length = text.codePointCount(0, text.length());
        List<KlueEntity> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            int start = required(e, "start").asInt();
            int end = required(e, "end").asInt();
            if (start < 0 || end <= start || end > length) {
                throw new IllegalArgumentException("entity span [" + start + ", " + end + ") outside the text");
            }
            String surface = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            entities.add(new KlueEntity(start, end, required(e, "type").asString(), surface));
        }
        return new KlueSentence(id, text, entities);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
