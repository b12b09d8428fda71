package officialskg.extract.title;

import officialskg.extract.CharClass;
import officialskg.extract.Josa;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolls of names joined by middle dots: {@code 김정재ㆍ윤종필ㆍ김승희ㆍ…ㆍ홍철호 의원}. In a run of at least
 * {@value #MIN_ROLL} items written {@code ·} or {@code ㆍ} apart (no spaces), each a Korean name
 * ({@link PersonNames#isKoreanName}, or its shape alone), every item is a person — the roll says so for the names a
 * tagger misses alone. The last item may carry its particle; a run with any other item in it (서울ㆍ부산ㆍ광주,
 * 한·미·일) is no roll.
 */
final class NameRolls {

    static final int MIN_ROLL = 3;
    private static final double CONFIDENCE = 0.8;

    private final PersonNames names;

    NameRolls(PersonNames names) {
        this.names = names;
    }

    void find(int[] text, MorphemeIndex morphemes, List<Mention> out) {
        int i = 0;
        while (i < text.length) {
            if (!CharClass.isHangulSyllable(text[i]) || i > 0 && CharClass.isHangulSyllable(text[i - 1])) {
                i++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int start = i;
            while (true) {
                int end = start;
                while (end < text.length && CharClass.isHangulSyllable(text[end])) {
                    end++;
                }
                items.add(new int[] {start, end});
                if (end + 1 < text.length && isDot(text[end]) && CharClass.isHangulSyllable(text[end + 1])) {
                    start = end + 1;
                } else {
                    break;
                }
            }
            int[] last = items.getLast();
            last[1] -= Josa.longestAt(text, last[0], last[1]);
            if (items.size() >= MIN_ROLL && allNames(text, items, morphemes)) {
                for (int[] item : items) {
                    out.add(new Mention(item[0], item[1], new String(text, item[0], item[1] - item[0]),
                            MentionType.PERSON, TitlePersonExtractor.NAME, CONFIDENCE, null, null));
                }
            }
            i = items.getLast()[1] + 1;
        }
    }

    private boolean allNames(int[] text, List<int[]> items, MorphemeIndex morphemes) {
        for (int[] item : items) {
            if (!names.isKoreanName(text, item[0], item[1], morphemes) && !names.isNameShaped(text, item[0], item[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDot(int c) {
        return c == '·' || c == 'ㆍ';
    }
}
