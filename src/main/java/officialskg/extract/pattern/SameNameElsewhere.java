package officialskg.extract.pattern;

import officialskg.extract.CharClass;
import officialskg.extract.Josa;
import officialskg.extract.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name, one reading per document: once a pattern has recognized a name where its context was clear
 * ({@code ‘유레카파크(Tech West)’에서}), its other whole-word occurrences in the same document
 * ({@code 유레카파크 내}) get the same type, at a lower confidence.
 */
final class SameNameElsewhere {

    private SameNameElsewhere() {
    }

    static List<Mention> addRepeats(int[] text, List<Mention> found, double confidence) {
        Map<String, Mention> byName = new LinkedHashMap<>();
        Set<Integer> starts = new HashSet<>();
        for (Mention m : found) {
            byName.putIfAbsent(m.text(), m);
            starts.add(m.start());
        }
        List<Mention> out = new ArrayList<>(found);
        Map<Integer, List<Integer>> wordStartsByFirst = wordStartsByFirstCodePoint(text, byName.keySet());
        for (Mention m : byName.values()) {
            int[] name = m.text().codePoints().toArray();
            if (name.length == 0) {
                continue;
            }
            for (int i : wordStartsByFirst.getOrDefault(name[0], List.of())) {
                if (i + name.length <= text.length && matchesAt(text, i, name) && !starts.contains(i)
                        && Josa.endsWord(text, i + name.length)) {
                    out.add(new Mention(i, i + name.length, m.text(), m.type(), m.extractor(),
                            Math.min(confidence, m.confidence()), m.normalized(), m.referenceId()));
                    starts.add(i);
                }
            }
        }
        return out;
    }

    /**
     * The word starts of {@code text}, ascending, grouped by their code point, for the code points that begin one of
     * {@code names}: each name is compared only where it could start, so the cost grows with the text, not with the
     * text times the number of distinct names (quadratic on a long document).
     */
    private static Map<Integer, List<Integer>> wordStartsByFirstCodePoint(int[] text, Set<String> names) {
        Map<Integer, List<Integer>> positions = new HashMap<>();
        for (String name : names) {
            if (!name.isEmpty()) {
                positions.putIfAbsent(name.codePointAt(0), new ArrayList<>());
            }
        }
        for (int i = 0; i < text.length; i++) {
            List<Integer> at = positions.get(text[i]);
            if (at != null && CharClass.startsWord(text, i)) {
                at.add(i);
            }
        }
        return positions;
    }

    private static boolean matchesAt(int[] text, int at, int[] name) {
        for (int j = 0; j < name.length; j++) {
            if (text[at + j] != name[j]) {
                return false;
            }
        }
        return true;
    }
}
