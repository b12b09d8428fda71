package officialskg.extract;

import officialskg.nlp.Morpheme;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The analyzer's morphemes of a document, looked up by code-point position. */
public final class MorphemeIndex {

    private final TreeMap<Integer, Morpheme> byStart = new TreeMap<>();

    public MorphemeIndex(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (Morpheme m : s.morphemes()) {
                byStart.putIfAbsent(m.start(), m);
            }
        }
    }

    /** Whether the analyzer saw a proper noun (NNP) starting exactly at {@code start}. */
    public boolean properNounAt(int start) {
        Morpheme m = byStart.get(start);
        return m != null && m.pos().equals("NNP");
    }

    /** The morphemes that lie inside {@code [from, to)}. */
    public List<Morpheme> within(int from, int to) {
        return new ArrayList<>(byStart.subMap(from, true, to, false).values().stream()
                .filter(m -> m.end() <= to).toList());
    }

    /** Whether {@code [from, to)} is exactly one morpheme with the given tag (e.g. one dictionary NNG). */
    public boolean isSingle(int from, int to, String pos) {
        Morpheme m = byStart.get(from);
        return m != null && m.end() == to && m.pos().equals(pos);
    }

    /** Whether every morpheme inside {@code [from, to)} is a proper noun, and there is at least one. */
    public boolean allProperNouns(int from, int to) {
        List<Morpheme> in = within(from, to);
        return !in.isEmpty() && in.get(0).start() == from && in.get(in.size() - 1).end() == to
                && in.stream().allMatch(m -> m.pos().equals("NNP"));
    }
}
