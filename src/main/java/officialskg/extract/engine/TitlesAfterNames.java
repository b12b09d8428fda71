package officialskg.extract.engine;

import officialskg.extract.CharClass;
import officialskg.extract.Document;
import officialskg.extract.Josa;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.title.TitleLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A post written right after a person's name is that person's post ({@code 공화당의 미트 롬니 후보}): the title rule
 * gives a title only to a name it reads itself, and a name only the tagger found ({@code 미트} read as a common noun
 * after 의) left its post unwritten, so the person held nothing. The next word, apart from its particle, must end in
 * the post with at most a short field glued before it ({@code 재닛 옐런 재무장관}), and not already be part of another
 * mention. Runs once on the merged, sorted list.
 */
final class TitlesAfterNames {

    static final double CONFIDENCE = 0.7;
    /** How many syllables of a field may be glued before the post: 재무장관, 국방장관, 외교담당. */
    private static final int MAX_FIELD = 3;

    private final TitleLexicon titles = new TitleLexicon();

    List<Mention> add(Document document, List<Mention> sorted) {
        int[] text = document.codePoints();
        List<Mention> added = null;
        for (int i = 0; i < sorted.size(); i++) {
            Mention p = sorted.get(i);
            if (p.type() != MentionType.PERSON) {
                continue;
            }
            int from = p.end() + 1;
            if (from >= text.length || text[p.end()] != ' ' || !CharClass.isWordChar(text[from])) {
                continue;
            }
            int wordEnd = from;
            while (wordEnd < text.length && CharClass.isWordChar(text[wordEnd])) {
                wordEnd++;
            }
            int stemEnd = wordEnd - Josa.longestAt(text, from, wordEnd);
            int length = titles.longestTitleEndingAt(text, from, stemEnd);
            int field = stemEnd - from - length; // 재무장관: the field glued before the post
            if (length == 0 || field > MAX_FIELD || !CharClass.allHangul(text, from, stemEnd)
                    || covered(sorted, i, from, stemEnd)) {
                continue;
            }
            String written = new String(text, from, stemEnd - from);
            String role = titles.role(new String(text, stemEnd - length, length));
            if (added == null) {
                added = new ArrayList<>(sorted);
            }
            added.add(new Mention(from, stemEnd, written, MentionType.TITLE, "title", CONFIDENCE, role, null));
        }
        if (added == null) {
            return sorted;
        }
        added.sort(java.util.Comparator.comparingInt(Mention::start)
                .thenComparing(java.util.Comparator.comparingInt(Mention::end).reversed())
                .thenComparing(m -> m.type().ordinal()));
        return List.copyOf(added);
    }

    /** Whether some mention after the person overlaps the word (the list is sorted by start). */
    private static boolean covered(List<Mention> sorted, int person, int from, int to) {
        for (int j = person + 1; j < sorted.size() && sorted.get(j).start() < to; j++) {
            if (sorted.get(j).end() > from) {
                return true;
            }
        }
        for (int j = person - 1; j >= 0 && j >= person - 8; j--) {
            if (sorted.get(j).end() > from && sorted.get(j).start() < to) {
                return true;
            }
        }
        return false;
    }
}
