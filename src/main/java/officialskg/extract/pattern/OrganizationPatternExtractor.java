package officialskg.extract.pattern;

import officialskg.extract.CharClass;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.lexicon.SportWords;

import java.util.ArrayList;
import java.util.List;

/**
 * Organization names by their ending ({@link OrganizationSuffixes}):
 * <ul>
 *   <li>one word, name + ending: {@code 서울상공회의소}, {@code 서울바이오허브} (a weak ending needs a
 *       {@link ProperPrefix});</li>
 *   <li>two to four words whose last word is a bare ending and whose first word is a known place or organization,
 *       Latin, or a proper noun, the words between Latin or proper nouns, with no particle inside:
 *       {@code 서울 AI 허브}, {@code 라스베이거스 관광청}.</li>
 * </ul>
 * Venue endings ({@code 컨벤션센터}) are left to {@link PlacePatternExtractor}.
 */
public final class OrganizationPatternExtractor implements MentionExtractor {

    public static final String NAME = "pattern-org";
    private static final int MAX_WORDS = 4;

    private final GazetteerMatcher matcher;
    private final ProperPrefix properPrefix;

    public OrganizationPatternExtractor(GazetteerMatcher matcher) {
        this.matcher = matcher;
        this.properPrefix = new ProperPrefix(matcher);
    }

    @Override
    public String name() {
        return NAME;
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
            singleWord(text, w.start(), stemEnd, morphemes, out);
            multiWord(text, words, i, morphemes, out);
        }
        return SameNameElsewhere.addRepeats(text, out, 0.6);
    }

    private void singleWord(int[] text, int start, int end, MorphemeIndex morphemes, List<Mention> out) {
        if (PlacePatternExtractor.venueSuffixLength(text, start, end) > 0) {
            return;
        }
        int suffix = OrganizationSuffixes.suffixLength(text, start, end);
        int prefixEnd = end - suffix;
        if (suffix == 0 || prefixEnd - start < 2 && !hasLatin(text, start, prefixEnd)) {
            return;
        }
        boolean strong = OrganizationSuffixes.isStrong(text, end, suffix);
        if (strong || properPrefix.test(text, start, prefixEnd, morphemes)) {
            out.add(mention(text, start, end, strong ? 0.75 : 0.7));
        }
    }

    /** Words {@code first..k}: the last one a bare ending, the others particle-free, the first a name. */
    private void multiWord(int[] text, List<Word> words, int first, MorphemeIndex morphemes, List<Mention> out) {
        Word head = words.get(first);
        if (head.stemEnd() != head.end() || !startsName(text, head, morphemes)) {
            return;
        }
        for (int k = first + 1; k < Math.min(words.size(), first + MAX_WORDS); k++) {
            Word prev = words.get(k - 1);
            Word w = words.get(k);
            if (!prev.spaceBefore(text, w)) {
                return;
            }
            int stemEnd = w.stemEnd();
            String stem = new String(text, w.start(), stemEnd - w.start());
            if (OrganizationSuffixes.isStandaloneEnding(stem)) {
                out.add(mention(text, head.start(), stemEnd, 0.65));
                return;
            }
            boolean nameLike = hasLatin(text, w.start(), w.end()) || morphemes.allProperNouns(w.start(), w.end())
                    || SportWords.isSport(stem); // 스웨덴 축구 국가대표팀
            if (stemEnd != w.end() || w.length() > 6 || !nameLike) {
                return;
            }
        }
    }

    private boolean startsName(int[] text, Word head, MorphemeIndex morphemes) {
        GazetteerMatcher.Match m = matcher.longestAt(text, head.start());
        return m != null && m.end() == head.end() && m.entry().type() != MentionType.PERSON
                || hasLatin(text, head.start(), head.end())
                || morphemes.allProperNouns(head.start(), head.end());
    }

    private static boolean hasLatin(int[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CharClass.isLatin(text[i])) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(int[] text, int start, int end, double confidence) {
        return new Mention(start, end, new String(text, start, end - start), MentionType.ORGANIZATION, NAME,
                confidence, null, null);
    }
}
