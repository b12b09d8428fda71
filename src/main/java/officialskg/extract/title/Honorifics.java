package officialskg.extract.title;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;

import java.util.List;

/**
 * Persons named with an honorific: {@code 홍길동 씨}, {@code 홍길동씨}, {@code 김씨}, {@code 김모씨}, {@code 김모 씨},
 * {@code 김모(45)씨}. The Person mention is the name part ({@code 김모}); the honorific stays outside.
 */
final class Honorifics {

    private final PersonNames names;

    Honorifics(PersonNames names) {
        this.names = names;
    }

    void find(int[] text, List<Word> words, MorphemeIndex morphemes, List<Mention> out) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int stemEnd = w.stemEnd();
            if (stemEnd - w.start() >= 2 && text[stemEnd - 1] == '씨') {
                int nameEnd = stemEnd - 1; // 홍길동씨, 김모씨, 김씨
                if (isName(text, w.start(), nameEnd, morphemes)) {
                    out.add(person(text, w.start(), nameEnd));
                }
            } else if (stemEnd - w.start() == 1 && text[w.start()] == '씨' && i > 0) {
                Word prev = words.get(i - 1);
                if (prev.spaceBefore(text, w) && isName(text, prev.start(), prev.end(), morphemes)) {
                    out.add(person(text, prev.start(), prev.end()));
                } else if (ageGloss(text, prev, w) && i > 1) {
                    Word name = words.get(i - 2);
                    if (name.end() + 1 == prev.start() && isName(text, name.start(), name.end(), morphemes)) {
                        out.add(person(text, name.start(), name.end()));
                    }
                }
            }
        }
    }

    /**
     * A name glossed with an age in brackets: {@code 안산(20·광주여대)}, {@code 김제덕(17·경북일고)} — an age and a
     * school or employer are only ever written after a person, so the name is one even where the gazetteer knows the
     * word as a place (안산); {@code 홍길동(45)} alone only where the word is no other known name.
     */
    void findAgeGlosses(int[] text, List<Word> words, MorphemeIndex morphemes, List<Mention> out) {
        for (Word w : words) {
            int nameEnd = w.end();
            if (nameEnd >= text.length || text[nameEnd] != '(') {
                continue;
            }
            int at = nameEnd + 1;
            while (at < text.length && at - nameEnd <= 3 && Character.isDigit(text[at])) {
                at++;
            }
            if (at == nameEnd + 1 || at - nameEnd > 4 || at >= text.length) {
                continue;
            }
            boolean withAffiliation = text[at] == '·' || text[at] == 'ㆍ' || text[at] == ',';
            boolean ageAlone = text[at] == ')';
            int len = nameEnd - w.start();
            boolean shaped = len >= 2 && len <= 4 && names.isKoreanNameShaped(text, w.start(), nameEnd);
            if (shaped && (withAffiliation || ageAlone && names.plain(text, w.start(), nameEnd))) {
                out.add(new Mention(w.start(), nameEnd, new String(text, w.start(), len), MentionType.PERSON,
                        TitlePersonExtractor.NAME, AGE_GLOSSED, null, null));
            }
        }
    }

    /** Above the gazetteer's 0.9: a place name glossed with an age is a person's name. */
    private static final double AGE_GLOSSED = 0.95;

    /** {@code (45)} right before the honorific: the previous word is digits in brackets glued to it. */
    private static boolean ageGloss(int[] text, Word digits, Word honorific) {
        return digits.start() > 0 && text[digits.start() - 1] == '(' && digits.end() + 1 == honorific.start()
                && text[digits.end()] == ')' && Character.isDigit(text[digits.start()]);
    }

    private boolean isName(int[] text, int from, int to, MorphemeIndex morphemes) {
        if (to - from == 2 && text[to - 1] == '모') {
            return names.isLoneSurname(text, from, from + 1); // 김모
        }
        return names.isLoneSurname(text, from, to) || names.isKoreanNameBeforeHonorific(text, from, to);
    }

    private static Mention person(int[] text, int start, int end) {
        return new Mention(start, end, new String(text, start, end - start), MentionType.PERSON,
                TitlePersonExtractor.NAME, 0.75, null, null);
    }
}
