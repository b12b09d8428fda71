package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;
import officialskg.nlp.PosTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign person is named in full once ({@code 도널드 트럼프 미국 대통령은}) and by the last part of the name from
 * then on ({@code 트럼프는}, {@code 바이든 대통령과}). Those later words become Person mentions too, wherever no other
 * mention covers them, so that the sentences that use the short form keep their relations (트럼프는 … 만났다); the
 * resolver links them to the full name. Runs once on the merged list, over the whole document, after every
 * extractor: the short form may come before or after the full one.
 *
 * <p>Only names of several Hangul words qualify, and a last part of at least two syllables that, if it has only
 * two, the analyzer does not read as one common noun: {@code 아베 신조} (family name first) would otherwise make
 * every 신조 (creed) a person. Longer ones may be dictionary words and still names: 트럼프 is also the playing cards.
 *
 * <p>A last part right after a one-word person ({@code 이방카 트럼프}, after 도널드 트럼프) is that person's family name:
 * the person mention takes it in, as another bearer of the name, instead of the word becoming the first bearer.
 */
final class RepeatedNameParts {

    static final String NAME = "name-repeat";
    private static final double CONFIDENCE = 0.7;
    private static final int MIN_PART = 2;

    List<Mention> add(Document document, List<Mention> sorted) {
        MorphemeIndex morphemes = document.morphemes();
        Map<String, Double> lastParts = new HashMap<>(); // last part -> the best confidence of a full name with it
        for (Mention m : sorted) {
            String last = lastPart(m, morphemes);
            if (last != null && !overlapsTitle(sorted, m)) {
                lastParts.merge(last, m.confidence(), Math::max);
            }
        }
        if (lastParts.isEmpty()) {
            return sorted;
        }
        Set<Integer> firsts = new HashSet<>();
        lastParts.keySet().forEach(p -> firsts.add(p.codePointAt(0)));
        int[] text = document.codePoints();
        List<Mention> added = new ArrayList<>();
        Map<Integer, Mention> joined = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Word w : document.words()) {
            if (w.stemEnd() - w.start() < MIN_PART || !firsts.contains(text[w.start()])) {
                continue; // most words: no string made
            }
            String stem = new String(text, w.start(), w.stemEnd() - w.start());
            boolean shortCommonNoun = stem.length() <= 2 && morphemes.isSingle(w.start(), w.stemEnd(), PosTag.NNG);
            Double source = lastParts.get(stem);
            int same = source == null ? -1 : personAt(sorted, w.start(), w.stemEnd());
            int bearer = same < 0 ? -1 : givenNameBefore(sorted, text, w.start());
            if (bearer >= 0) {
                // 이방카 트럼프 where 트럼프 alone was found too (the gazetteer's short form of 도널드 트럼프)
                Mention g = sorted.get(bearer);
                joined.put(bearer, new Mention(g.start(), w.stemEnd(),
                        new String(text, g.start(), w.stemEnd() - g.start()), MentionType.PERSON, g.extractor(),
                        g.confidence(), null, null));
                dropped.add(same);
                continue;
            }
            if (source != null && !shortCommonNoun && !overlapsAny(sorted, w.start(), w.stemEnd())) {
                int given = givenNameBefore(sorted, text, w.start());
                if (given >= 0) {
                    // 이방카 트럼프 after 도널드 트럼프: another bearer of the family name, named in full
                    Mention g = sorted.get(given);
                    joined.put(given, new Mention(g.start(), w.stemEnd(),
                            new String(text, g.start(), w.stemEnd() - g.start()), MentionType.PERSON, g.extractor(),
                            g.confidence(), null, null));
                    continue;
                }
                // no surer than the full name it repeats
                added.add(new Mention(w.start(), w.stemEnd(), stem, MentionType.PERSON, NAME,
                        Math.min(CONFIDENCE, source), null, null));
            }
        }
        if (added.isEmpty() && joined.isEmpty()) {
            return sorted;
        }
        List<Mention> out = new ArrayList<>(sorted);
        joined.forEach(out::set);
        dropped.stream().sorted(Comparator.reverseOrder()).forEach(i -> out.remove((int) i));
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /**
     * The last word of a Person name of several Hangul words whose earlier words the analyzer reads as proper
     * nouns, or null: a tagger's 신종 코로나 or 이하 코로나 ("new-type", "hereafter") is no name to repeat.
     */
    private static String lastPart(Mention m, MorphemeIndex morphemes) {
        if (m.type() != MentionType.PERSON) {
            return null;
        }
        String text = m.text();
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '가' || c > '힣')) {
                return null;
            }
        }
        int partStart = 0; // Hangul and spaces are one code point each: offsets in the text are code points
        for (int i = 0; i <= space; i++) {
            if (text.charAt(i) == ' ') {
                if (!morphemes.properNounAt(m.start() + partStart)
                        || morphemes.isSingle(m.start() + partStart, m.start() + i, PosTag.NNG)) {
                    return null;
                }
                partStart = i + 1;
            }
        }
        String last = text.substring(space + 1);
        return last.length() >= MIN_PART ? last : null;
    }

    /**
     * The one-word Person mention right before {@code start}, one space apart ({@code 이방카} before 트럼프), or -1: a
     * given name the tagger found without the family name that follows it.
     */
    private static int givenNameBefore(List<Mention> sorted, int[] text, int start) {
        if (start < 2 || text[start - 1] != ' ') {
            return -1;
        }
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.end() == start - 1 && m.type() == MentionType.PERSON && m.text().indexOf(' ') < 0
                    && m.text().length() >= 2) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the one Person mention spanning exactly {@code [start, end)}, or -1. */
    private static int personAt(List<Mention> sorted, int start, int end) {
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.start() == start && m.end() == end && m.type() == MentionType.PERSON) {
                return i;
            }
        }
        return -1;
    }

    /** An unnamed post-holder ({@code 청와대 민정수석}) holds its Title mention: its last word is the post. */
    private static boolean overlapsTitle(List<Mention> mentions, Mention person) {
        for (Mention m : mentions) {
            if (m.type() == MentionType.TITLE && m.overlaps(person)) {
                return true;
            }
        }
        return false;
    }

    /** The sorted mentions with {@code added} among them, in order of start and end; {@code sorted} itself when none. */
    static List<Mention> withAdded(List<Mention> sorted, List<Mention> added) {
        if (added.isEmpty()) {
            return sorted;
        }
        List<Mention> out = new ArrayList<>(sorted);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** A linear look: a document has a few hundred mentions and a handful of repeated names. */
    static boolean overlapsAny(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
