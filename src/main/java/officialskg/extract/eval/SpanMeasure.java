package officialskg.extract.eval;

import officialskg.extract.Mention;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Measures the spans of an extractor that proposes one kind of mention (dates, events) against the gold spans of
 * one kind in a KLUE-NER-style JSON Lines file ({@code kg eval dates}, {@code kg eval events}): how many of the
 * mentions are exactly a gold span, how many overlap one, and which lie outside every gold span. Spans only, no
 * types; every mention the extraction gives counts (so do duplicates). The annotations differ from this project's
 * choices (KLUE's {@code DT} includes durations, KoNNE's {@code EV_*} bare heads), so both ratios are lower bounds.
 */
public final class SpanMeasure {

    /** Which gold spans of a line are measured. */
    public enum Gold {
        /** KLUE-NER's {@code DT} spans of {@code entities} (every line). */
        KLUE_DATES("entities", "DT", type -> type.equals("DT")),
        /** KoNNE's {@code EV_*} spans of {@code fine_entities}; lines without {@code fine_entities} are skipped. */
        KONNE_EVENTS("fine_entities", "EV", type -> type.startsWith("EV"));

        final String field;
        /** How a report names the gold spans. */
        public final String label;
        final Predicate<String> type;

        Gold(String field, String label, Predicate<String> type) {
            this.field = field;
            this.label = label;
            this.type = type;
        }
    }

    /**
     * @param sentences the sentences measured
     * @param gold      distinct gold spans
     * @param found     mentions the extraction gave
     * @param exact     of them, exactly a gold span
     * @param outside   the text of each mention that overlaps no gold span, in file order
     */
    public record Result(int sentences, int gold, int found, int exact, int overlapping, List<String> outside) {

        public Result {
            outside = List.copyOf(outside);
        }

        /** Exact mentions among those found; 0 when none was found. */
        public double precision() {
            return found == 0 ? 0 : (double) exact / found;
        }

        /** Gold spans found exactly; 0 when there were none. */
        public double recall() {
            return gold == 0 ? 0 : (double) exact / gold;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SpanMeasure() {
    }

    /**
     * Measures {@code extraction} (a sentence's text to its mentions, code-point offsets) on {@code jsonl}. A line that
     * is not a KLUE-style sentence fails with the file, the line number and the reason.
     */
    public static Result measure(Path jsonl, Gold gold, Function<String, List<Mention>> extraction)
            throws IOException {
        Objects.requireNonNull(extraction, "extraction");
        int sentences = 0;
        int goldCount = 0;
        int found = 0;
        int exact = 0;
        int overlapping = 0;
        List<String> outside = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new IllegalArgumentException(jsonl + ":" + number + ": not JSON: "
                            + e.getMessage().lines().findFirst().orElse(""), e);
                }
                JsonNode text = node.get("text");
                if (text == null || !text.isString()) {
                    throw new IllegalArgumentException(jsonl + ":" + number + ": no \"text\"");
                }
                if (!node.has(gold.field)) {
                    if (gold == Gold.KONNE_EVENTS) {
                        continue; // not re-annotated by KoNNE
                    }
                    throw new IllegalArgumentException(jsonl + ":" + number + ": no \"" + gold.field + "\"");
                }
                sentences++;
                Set<Long> goldSpans = new HashSet<>();
                List<int[]> goldList = new ArrayList<>();
                for (JsonNode e : node.get(gold.field)) {
                    if (gold.type.test(e.path("type").asString(""))) {
                        int start = e.path("start").asInt();
                        int end = e.path("end").asInt();
                        if (goldSpans.add(key(start, end))) {
                            goldList.add(new int[] {start, end});
                        }
                    }
                }
                goldCount += goldSpans.size();
                for (Mention m : extraction.apply(text.asString())) {
                    found++;
                    if (goldSpans.contains(key(m.start(), m.end()))) {
                        exact++;
                    } else if (goldList.stream().anyMatch(g -> g[0] < m.end() && m.start() < g[1])) {
                        overlapping++;
                    } else {
                        outside.add(m.text());
                    }
                }
            }
        }
        return new Result(sentences, goldCount, found, exact, overlapping, outside);
    }

    private static long key(int start, int end) {
        return (long) start << 32 | end & 0xffffffffL;
    }
}
