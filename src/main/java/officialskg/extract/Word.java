package officialskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of letters and digits ({@code [start, end)} in code points) — the unit the phrase rules walk over.
 * Punctuation, spaces and symbols (quotes, {@code ·}, {@code -}, brackets, emoji) separate words.
 *
 * @param stemEnd where the word ends once a closing particle is cut off ({@code 오세훈이} → after {@code 오세훈}):
 *                found once here, as nearly every rule asks it of nearly every word
 */
public record Word(int start, int end, int stemEnd) {

    public static List<Word> split(int[] text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            if (CharClass.isWordChar(text[i])) {
                int s = i;
                while (i < text.length && CharClass.isWordChar(text[i])) {
                    i++;
                }
                words.add(new Word(s, i, i - Josa.longestAt(text, s, i)));
            } else {
                i++;
            }
        }
        return words;
    }

    public int length() {
        return end - start;
    }

    public String in(int[] text) {
        return new String(text, start, end - start);
    }

    /** Whether only spaces (at least one, at most two) separate this word from the next one. */
    public boolean spaceBefore(int[] text, Word next) {
        int gap = next.start - end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int i = end; i < next.start; i++) {
            if (text[i] != ' ' && text[i] != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
