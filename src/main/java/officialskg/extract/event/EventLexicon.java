package officialskg.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Event head nouns and whether a year alone can name them, read from {@code event-heads.tsv} beside this class.
 *
 * @param specific head → {@code true} when a year or ordinal is name enough ({@code 21대 총선})
 */
record EventLexicon(Map<String, Boolean> specific) {

    static final String RESOURCE = "event-heads.tsv";

    EventLexicon {
        specific = Map.copyOf(specific);
    }

    static EventLexicon load() {
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource officialskg/extract/event/" + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static EventLexicon parse(BufferedReader reader) throws IOException {
        Map<String, Boolean> heads = new HashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !(cols[1].equals("specific") || cols[1].equals("generic"))) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected head<TAB>specific|generic");
            }
            heads.put(cols[0].strip(), cols[1].equals("specific"));
        }
        return new EventLexicon(heads);
    }

    boolean isSpecific(String head) {
        return specific.getOrDefault(head, false);
    }

    /** The first characters of all heads, once each. */
    String firstCharacterSet() {
        return specific.keySet().stream().map(h -> h.substring(0, 1)).distinct().sorted()
                .collect(Collectors.joining());
    }

    /** An alternation of all heads, longest first so {@code 정상회의} wins over {@code 회의}. */
    String alternation() {
        return String.join("|", alternatives());
    }

    /** The branches of {@link #alternation()}, quoted, in its order. */
    List<String> alternatives() {
        return specific.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).toList();
    }
}
