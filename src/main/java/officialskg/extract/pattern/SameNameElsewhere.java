package officialskg.extract.pattern;

import officialskg.extract.CharClass;
import officialskg.extract.Josa;
import officialskg.extract.Mention;

import java.util.ArrayList;
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
        for (Mention m : byName.values()) {
            int[] name = m.text().codePoints().toArray();
            for (int i = 0; i + name.length <= text.length; i++) {
                // the comparison first: it fails at once almost everywhere, the set look-up would box every position
                if (matchesAt(text, i, name) && !starts.contains(i) && CharClass.startsWord(text, i)
                        && Josa.endsWord(text, i + name.length)) {
                    out.add(new Mention(i, i + name.length, m.text(), m.type(), m.extractor(),
                            Math.min(confidence, m.confidence()), m.normalized(), m.referenceId()));
                    starts.add(i);
                }
            }
        }
        return out;
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
