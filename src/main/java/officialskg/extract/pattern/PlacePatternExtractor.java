package officialskg.extract.pattern;

import java.util.stream.Collectors;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;
import officialskg.extract.gazetteer.GazetteerEntry;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.lexicon.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Places by shape and context, for what no gazetteer lists:
 * <ul>
 *   <li>venues: a name + venue ending ({@code 고척스카이돔}, {@code 유레카파크}) where the text says it is a location —
 *       followed by {@code 에서/에/으로} or by {@code 내/앞/일대/인근}, also across a closing quote or a bracketed
 *       gloss ({@code ‘유레카파크(Tech West)’에서}); the name part must look proper ({@link ProperPrefix});</li>
 *   <li>a known place followed by a bare venue word: {@code 라스베이거스 컨벤션센터};</li>
 *   <li>states and provinces: a word ending in {@code 주} right after a country with states ({@code 미국 오하이오주}).</li>
 * </ul>
 * Korean 시/도/군/구/동 names come only from the gazetteer: their endings are far too common in ordinary words.
 */
public final class PlacePatternExtractor implements MentionExtractor {

    public static final String NAME = "pattern-place";

    /** Venue endings ({@code venue-endings.tsv}), longest first. */
    static final List<String> VENUE_ENDINGS;
    /** Endings that say "venue" even without a locative particle (a 센터 or 전당 alone may be an institution). */
    private static final Set<String> LOCATIVE_NOT_NEEDED;

    static {
        List<List<String>> rows = WordLists.rows(PlacePatternExtractor.class, "venue-endings.tsv", 1, 2);
        if (rows.stream().anyMatch(r -> r.size() == 2 && !r.get(1).equals("place"))) {
            throw new IllegalStateException("venue-endings.tsv: the second field is 'place' or nothing");
        }
        VENUE_ENDINGS = rows.stream().map(List::getFirst)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        LOCATIVE_NOT_NEEDED = rows.stream().filter(r -> r.size() == 2 && r.get(1).equals("place"))
                .map(List::getFirst).collect(Collectors.toUnmodifiableSet());
    }

    /** The last characters of all venue endings: most words are ruled out by one look-up. */
    private static final String VENUE_LAST_CHARACTERS = VENUE_ENDINGS.stream().map(e -> e.substring(e.length() - 1))
            .distinct().collect(Collectors.joining());
    private static final Set<String> LOCATIVE_PARTICLES = Set.of("에서", "에", "에서는", "에서도", "으로", "로", "에는",
            "까지", "에서의");
    private static final Set<String> LOCATIVE_NOUNS = Set.of("내", "앞", "일대", "인근", "근처", "일원", "주변", "안");
    private static final Set<String> COUNTRIES_WITH_STATES = Set.of("kg:country/us", "kg:country/au",
            "kg:country/in", "kg:country/de", "kg:country/br", "kg:country/mx", "kg:country/my");

    private final GazetteerMatcher matcher;
    private final ProperPrefix properPrefix;

    public PlacePatternExtractor(GazetteerMatcher matcher) {
        this.matcher = matcher;
        this.properPrefix = new ProperPrefix(matcher);
    }

    @Override
    public String name() {
        return NAME;
    }

    static int venueSuffixLength(int[] text, int from, int to) {
        if (to <= from || VENUE_LAST_CHARACTERS.indexOf(text[to - 1]) < 0) {
            return 0;
        }
        String word = new String(text, from, to - from);
        for (String e : VENUE_ENDINGS) {
            if (word.endsWith(e)) {
                return e.length();
            }
        }
        return 0;
    }

    @Override
    public List<Mention> extract(Document document) {
        int[] text = document.codePoints();
        MorphemeIndex morphemes = document.morphemes();
        List<Word> words = document.words();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int stemEnd = w.stemEnd();
            int suffix = venueSuffixLength(text, w.start(), stemEnd);
            if (suffix > 0) {
                String ending = new String(text, stemEnd - suffix, suffix);
                boolean located = LOCATIVE_NOT_NEEDED.contains(ending) || locative(text, words, i, stemEnd);
                boolean named = quoted(text, w.start()) || properPrefix.test(text, w.start(), stemEnd - suffix, morphemes);
                if (suffix < stemEnd - w.start() && located && named) {
                    out.add(mention(text, w.start(), stemEnd, 0.7));
                } else if (suffix == stemEnd - w.start() && i > 0 && located) {
                    knownPlaceBefore(text, words.get(i - 1), w, stemEnd, out);
                }
            }
            if (i > 0 && stemEnd - w.start() >= 3 && text[stemEnd - 1] == '주') {
                Word prev = words.get(i - 1);
                GazetteerMatcher.Match m = matcher.longestAt(text, prev.start());
                if (m != null && m.end() == prev.end() && prev.spaceBefore(text, w)
                        && COUNTRIES_WITH_STATES.contains(m.entry().id())) {
                    out.add(mention(text, w.start(), stemEnd, 0.65));
                }
            }
        }
        return SameNameElsewhere.addRepeats(text, out, 0.65);
    }

    /** A name opened by a quotation mark is written as a name, whatever the analyzer makes of its parts. */
    private static boolean quoted(int[] text, int start) {
        return start > 0 && "‘'\"“「『《〈".indexOf(text[start - 1]) >= 0;
    }

    private void knownPlaceBefore(int[] text, Word prev, Word w, int stemEnd, List<Mention> out) {
        GazetteerMatcher.Match m = matcher.longestAt(text, prev.start());
        if (m != null && m.end() == prev.end() && prev.spaceBefore(text, w)) {
            GazetteerEntry e = m.entry();
            if (e.type() == MentionType.PLACE) {
                out.add(mention(text, prev.start(), stemEnd, 0.7));
            }
        }
    }

    /** A locative particle after the word (past a bracketed gloss and closing quotes), or a locative noun next. */
    private static boolean locative(int[] text, List<Word> words, int i, int stemEnd) {
        Word w = words.get(i);
        if (stemEnd < w.end()) {
            return LOCATIVE_PARTICLES.contains(new String(text, stemEnd, w.end() - stemEnd));
        }
        int j = w.end();
        if (j < text.length && text[j] == '(') {
            int close = j;
            while (close < text.length && text[close] != ')' && close - j < 40) {
                close++;
            }
            if (close < text.length && text[close] == ')') {
                j = close + 1; // past a bracketed gloss: 유레카파크(Tech West)
            }
        }
        while (j < text.length && "’'\"”」』》〉".indexOf(text[j]) >= 0) {
            j++;
        }
        if (j > w.end()) {
            int e = j;
            while (e < text.length && Character.isLetter(text[e])) {
                e++;
            }
            if (e > j && LOCATIVE_PARTICLES.contains(new String(text, j, e - j))) {
                return true;
            }
        }
        if (i + 1 < words.size() && w.spaceBefore(text, words.get(i + 1))) {
            Word next = words.get(i + 1);
            return LOCATIVE_NOUNS.contains(new String(text, next.start(), next.stemEnd() - next.start()))
                    || LOCATIVE_NOUNS.contains(next.in(text));
        }
        return false;
    }

    private static Mention mention(int[] text, int start, int end, double confidence) {
        return new Mention(start, end, new String(text, start, end - start), MentionType.PLACE, NAME, confidence,
                null, null);
    }
}
