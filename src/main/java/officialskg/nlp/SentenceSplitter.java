package officialskg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentence spans (code points, end exclusive), without a model.
 *
 * <p>A sentence ends at a line break, or at {@code . ? ! 。 …} when what follows (after any closing quotes or
 * brackets) is whitespace or the end. That keeps {@code 3.5%}, {@code U.S.} inside a word and {@code 밝혔다."} whole.
 * Leading and trailing whitespace is not part of a sentence; blank stretches yield no sentence.
 *
 * <p>A stretch longer than {@value #MAX_SENTENCE} code points without a sentence end (a list, a table flattened to
 * text, a hostile input) is cut into pieces of at most that length, at a space where there is one in the second
 * half of the piece. Every later stage works sentence by sentence, so this keeps the whole analysis linear in the
 * article's length and its memory bounded by the longest piece. News sentences stay far below the limit (the
 * longest of the 604 Wikinews articles has 423 characters).
 */
public final class SentenceSplitter {

    /** Longest sentence handed to the later stages, in code points. */
    public static final int MAX_SENTENCE = 1_000;

    private static final String CLOSERS = "\"'”’」』)]}》〉";

    public List<int[]> split(String text) {
        int[] cps = text.codePoints().toArray();
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c == '\n' || c == '\r') {
                add(spans, cps, start, i);
                start = i + 1;
            } else if (isTerminal(c)) {
                int end = i + 1;
                while (end < cps.length && (isTerminal(cps[end]) || CLOSERS.indexOf(cps[end]) >= 0)) {
                    end++;
                }
                if (end == cps.length || Character.isWhitespace(cps[end])) {
                    add(spans, cps, start, end);
                    start = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        add(spans, cps, start, cps.length);
        return spans;
    }

    private static boolean isTerminal(int c) {
        return c == '.' || c == '?' || c == '!' || c == '。' || c == '…';
    }

    private static void add(List<int[]> spans, int[] cps, int start, int end) {
        while (start < end && Character.isWhitespace(cps[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cps[end - 1])) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            while (cut > start + MAX_SENTENCE / 2 && !Character.isWhitespace(cps[cut])) {
                cut--;
            }
            if (cut == start + MAX_SENTENCE / 2) {
                cut = start + MAX_SENTENCE;
            }
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(cps[pieceEnd - 1])) {
                pieceEnd--;
            }
            spans.add(new int[] {start, pieceEnd});
            start = cut;
            while (start < end && Character.isWhitespace(cps[start])) {
                start++;
            }
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
