package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Word;
import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.PosTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Foreign players in a match report, whose transliterated names the tagger misses: two or three proper-noun words
 * that no mention covers, closed by a particle and followed by a word of play ({@code 메수트 외질이 골을},
 * {@code 즐라탄 이브라히모비치가 헤딩골을}, {@code 페어 메르테자커에게 실점하며}) or written after a player's position
 * ({@code 독일 공격수 미로슬라프 클로제에게}). Runs once on the merged list, after every extractor.
 */
final class PlayerNames {

    static final String NAME = "player-name";
    private static final double CONFIDENCE = 0.6;
    private static final int MAX_WORDS = 3;
    private static final Set<String> PLAYS = WordLists.set(PlayerNames.class, "player-plays.txt");
    private static final Set<String> POSITIONS = WordLists.set(PlayerNames.class, "player-positions.txt");
    private static final Set<String> PARTICLES = Set.of("이", "가", "은", "는", "의", "에게");
    private static final Set<String> NOT_NAMES = WordLists.set(PlayerNames.class, "player-not-names.txt");

    List<Mention> add(Document document, List<Mention> sorted) {
        String all = document.text();
        if (PLAYS.stream().noneMatch(all::contains)) {
            return sorted; // no match report
        }
        int[] text = document.codePoints();
        List<Word> words = document.words();
        List<Mention> added = new ArrayList<>();
        for (int last = 1; last < words.size(); last++) {
            Word closing = words.get(last);
            String particle = new String(text, closing.stemEnd(), closing.end() - closing.stemEnd());
            if (!PARTICLES.contains(particle) || !playsAfter(text, words, last) && !positionBefore(text, words, last)) {
                continue;
            }
            int first = last;
            while (first > 0 && last - first + 1 < MAX_WORDS && words.get(first - 1).stemEnd() == words.get(first - 1).end()
                    && words.get(first - 1).spaceBefore(text, words.get(first)) && namePart(document, words.get(first - 1))) {
                first--;
            }
            if (first == last || !namePart(document, closing) || !anyProperNoun(document, words.get(first).start(),
                    closing.stemEnd())) {
                continue; // one word alone is too often a team, a place or a thing
            }
            int start = words.get(first).start();
            int end = closing.stemEnd();
            if (!RepeatedNameParts.overlapsAny(sorted, start, end)) {
                added.add(new Mention(start, end, new String(text, start, end - start), MentionType.PERSON, NAME,
                        CONFIDENCE, null, null));
            }
        }
        return RepeatedNameParts.withAdded(sorted, added);
    }

    /** A word of a transliterated name: Hangul, two to eight syllables, nouns only, not a position (공격수). */
    private static boolean namePart(Document document, Word w) {
        int length = w.stemEnd() - w.start();
        if (length < 2 || length > 8) {
            return false;
        }
        int[] text = document.codePoints();
        for (int i = w.start(); i < w.stemEnd(); i++) {
            if (text[i] < '가' || text[i] > '힣') {
                return false;
            }
        }
        String stem = new String(text, w.start(), length);
        return !POSITIONS.contains(stem) && !PLAYS.contains(stem) && !NOT_NAMES.contains(stem)
                && document.morphemes().within(w.start(), w.stemEnd()).stream().allMatch(m -> m.tag().isNoun());
    }

    /** The analyzer reads some word of the name as a proper noun: 메수트 외질 (메수트/NNP 외질/NNG). */
    private static boolean anyProperNoun(Document document, int start, int end) {
        return document.morphemes().within(start, end).stream().anyMatch(m -> m.is(PosTag.NNP));
    }

    /** A word of play right after the name, or one word later: 골을, 왼발 슛이. */
    private static boolean playsAfter(int[] text, List<Word> words, int last) {
        for (int k = last + 1; k <= last + 2 && k < words.size(); k++) {
            String stem = new String(text, words.get(k).start(), words.get(k).stemEnd() - words.get(k).start());
            if (PLAYS.contains(stem) || PLAYS.stream().anyMatch(p -> stem.startsWith(p) && stem.length() <= p.length() + 2)) {
                return true;
            }
        }
        return false;
    }

    /** A player's position written as the word before the name's first word (it is looked up two words back too). */
    private static boolean positionBefore(int[] text, List<Word> words, int last) {
        for (int k = Math.max(0, last - MAX_WORDS); k < last; k++) {
            Word w = words.get(k);
            if (w.stemEnd() == w.end() && POSITIONS.contains(w.in(text))) {
                return true;
            }
        }
        return false;
    }
}
