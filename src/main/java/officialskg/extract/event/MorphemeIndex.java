package officialskg.extract.event;

import officialskg.nlp.Morpheme;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/** All morphemes of a document in text order, to look up those inside a code-point range. */
final class MorphemeIndex {

    private final List<Morpheme> morphemes = new ArrayList<>();

    MorphemeIndex(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            morphemes.addAll(s.morphemes());
        }
    }

    /** Morphemes overlapping {@code [start, end)} (code points), in order. */
    List<Morpheme> overlapping(int start, int end) {
        int lo = 0;
        int hi = morphemes.size();
        while (lo < hi) { // first morpheme that ends after start
            int mid = (lo + hi) >>> 1;
            if (morphemes.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Morpheme> out = new ArrayList<>();
        for (int i = lo; i < morphemes.size() && morphemes.get(i).start() < end; i++) {
            out.add(morphemes.get(i));
        }
        return out;
    }
}
