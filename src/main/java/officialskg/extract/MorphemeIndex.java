package officialskg.extract;

import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The analyzer's morphemes of a document, looked up by code-point position. Kept as two parallel arrays sorted by
 * start, searched by bisection: every extractor asks this for most words of every document, and a
 * {@code TreeMap<Integer, …>} spent more time boxing keys and walking nodes than the questions themselves took.
 */
public final class MorphemeIndex {

    /** The first morpheme reported at each start, by start. */
    private final Morpheme[] byStart;
    private final int[] starts;

    public MorphemeIndex(List<Sentence> sentences) {
        List<Morpheme> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.morphemes());
        }
        // a stable sort keeps the analyzer's order among equal starts, so the first one reported at a start wins;
        // the analyzer reports them in order, so the sort is mostly skipped
        if (!inOrder(all)) {
            all.sort(Comparator.comparingInt(Morpheme::start));
        }
        Morpheme[] kept = new Morpheme[all.size()];
        int n = 0;
        for (Morpheme m : all) {
            if (n == 0 || kept[n - 1].start() != m.start()) {
                kept[n++] = m;
            }
        }
        this.byStart = Arrays.copyOf(kept, n);
        this.starts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = byStart[i].start();
        }
    }

    private static boolean inOrder(List<Morpheme> morphemes) {
        for (int i = 1; i < morphemes.size(); i++) {
            if (morphemes.get(i - 1).start() > morphemes.get(i).start()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the analyzer saw a proper noun (NNP) starting exactly at {@code start}. */
    public boolean properNounAt(int start) {
        Morpheme m = at(start);
        return m != null && m.is(PosTag.NNP);
    }

    /** The morphemes that lie inside {@code [from, to)}. */
    public List<Morpheme> within(int from, int to) {
        List<Morpheme> in = new ArrayList<>();
        for (int i = firstFrom(from); i < starts.length && starts[i] < to; i++) {
            if (byStart[i].end() <= to) {
                in.add(byStart[i]);
            }
        }
        return in;
    }

    /** Whether {@code [from, to)} is exactly one morpheme with the given tag (e.g. one dictionary NNG). */
    public boolean isSingle(int from, int to, PosTag tag) {
        Morpheme m = at(from);
        return m != null && m.end() == to && m.is(tag);
    }

    /** Whether every morpheme inside {@code [from, to)} is a proper noun, and there is at least one. */
    public boolean allProperNouns(int from, int to) {
        // the same answer as testing within(from, to), without building the list
        Morpheme first = null;
        Morpheme last = null;
        for (int i = firstFrom(from); i < starts.length && starts[i] < to; i++) {
            Morpheme m = byStart[i];
            if (m.end() <= to) {
                if (!m.is(PosTag.NNP)) {
                    return false;
                }
                first = first == null ? m : first;
                last = m;
            }
        }
        return first != null && first.start() == from && last.end() == to;
    }

    private Morpheme at(int start) {
        int i = Arrays.binarySearch(starts, start);
        return i >= 0 ? byStart[i] : null;
    }

    /** Index of the first morpheme starting at or after {@code from}. */
    private int firstFrom(int from) {
        int i = Arrays.binarySearch(starts, from);
        return i >= 0 ? i : -i - 1;
    }
}
