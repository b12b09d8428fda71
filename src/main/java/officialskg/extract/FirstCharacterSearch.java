package officialskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code find()} of an alternation {@code (?:a|b|c…)suffix} that tries, at each position, only the alternatives
 * that can start with the character standing there, in their original order. java.util.regex tries every
 * alternative of a branch in turn, and the date and event patterns have dozens whose first node is a lookbehind or
 * a character class; most positions of Korean text hold a character that starts some date or event word (이, 다, 하,
 * 전, 회), so trying them all was the hottest spot of date and event scanning. The leftmost match is the same as the
 * whole alternation's: an alternative that cannot start with the character fails there anyway.
 *
 * <p>Which alternatives a character can start is found once, by matching each alternative against that character
 * alone: it can start there when it matches or the engine ran out of input ({@link Matcher#hitEnd()}). The same
 * test on the first two characters of a position, remembered per pair as the text brings them, spares most tries
 * that would fail on the second character ({@code 이} in {@code 이어} cannot start {@code 이번, 이날, 이듬해}). Both
 * tests may only err towards trying, which costs time but never changes a match, provided no alternative has a
 * positive lookbehind (a probe has no text before it). Matchers are transparent, so lookbehinds still see the text
 * before a try. Thread-safe; a {@link Scan} is not.
 */
public final class FirstCharacterSearch {

    private static final int SLOT_BITS = 14;
    private static final int FILLED = 2;
    private static final int MAY = 1;

    /** The characters some alternative can start with, sorted, and the pattern of those alternatives for each. */
    private final char[] firsts;
    private final Pattern[] patterns;
    /**
     * For each of {@link #firsts}, which of the distinct patterns it uses: characters that start the same branches
     * (all ten digits) share one pattern, so a text needs one matcher for them, not one per character.
     */
    private final int[] patternOf;
    /** The same characters as a bit set: most positions are ruled out by one look-up. */
    private final BitSet starts = new BitSet();
    /**
     * The answers for pairs of characters seen so far, direct-mapped: each slot holds one pair, {@code (index into
     * firsts) << 16 | second character}, shifted left by two, with a bit for "filled" and one for the answer (0 is an
     * empty slot). A pair that finds its slot taken by another is probed again. Threads share it without locks: an
     * int is written whole, and every thread would write the same answer for a pair.
     */
    private final int[] pairs = new int[1 << SLOT_BITS];

    /**
     * @param startCharacters every UTF-16 character a match can start with (a superset is fine)
     * @param alternatives    the alternation's branches, in order; named groups may appear in only some of them
     * @param suffix          what must follow whichever alternative matched (may be empty)
     */
    public FirstCharacterSearch(String startCharacters, List<String> alternatives, String suffix) {
        List<Pattern> probes = alternatives.stream().map(a -> Pattern.compile("(?:" + a + ")")).toList();
        char[] candidates = startCharacters.chars().distinct().sorted().collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
        List<Character> kept = new ArrayList<>();
        List<Integer> uses = new ArrayList<>();
        Map<List<String>, Integer> distinct = new HashMap<>();
        List<Pattern> compiled = new ArrayList<>();
        for (char c : candidates) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                Matcher probe = probes.get(i).matcher(String.valueOf(c));
                if (probe.lookingAt() || probe.hitEnd()) {
                    chosen.add(alternatives.get(i));
                }
            }
            if (!chosen.isEmpty()) {
                kept.add(c);
                uses.add(distinct.computeIfAbsent(chosen, k -> {
                    compiled.add(Pattern.compile("(?:" + String.join("|", k) + ")" + suffix));
                    return compiled.size() - 1;
                }));
            }
        }
        if (kept.size() >= 1 << 14) {
            throw new IllegalArgumentException("too many start characters for a pair to fit an int slot");
        }
        this.firsts = new char[kept.size()];
        this.patternOf = new int[kept.size()];
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = kept.get(i);
            patternOf[i] = uses.get(i);
            starts.set(firsts[i]);
        }
        this.patterns = compiled.toArray(Pattern[]::new);
    }

    /** A search over one text. */
    public Scan over(CharSequence text) {
        return new Scan(text);
    }

    /** The matches in one text, left to right; holds a matcher per distinct pattern, made when first needed. */
    public final class Scan {

        private final CharSequence text;
        private final Matcher[] matchers = new Matcher[patterns.length];

        private Scan(CharSequence text) {
            this.text = text;
        }

        /** The next match at or after {@code from}, or null; the matcher reports it until the next call. */
        public Matcher find(int from) {
            int length = text.length();
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                if (!starts.get(c)) {
                    continue;
                }
                int p = Arrays.binarySearch(firsts, c);
                if (i + 1 < length && !mayStart(p, c, text.charAt(i + 1))) {
                    continue;
                }
                Matcher m = matchers[patternOf[p]];
                if (m == null) {
                    m = patterns[patternOf[p]].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[patternOf[p]] = m;
                }
                if (m.region(i, length).lookingAt()) {
                    return m;
                }
            }
            return null;
        }
    }

    /** Whether the pattern for {@code first} can match (or needs more text than) the two characters alone. */
    private boolean mayStart(int p, char first, char second) {
        int pair = p << 16 | second;
        int slot = (pair * 0x9E3779B9) >>> (32 - SLOT_BITS); // the product's high bits spread the pairs over the slots
        int known = pairs[slot];
        if (known >>> 2 == pair && (known & FILLED) != 0) {
            return (known & MAY) != 0;
        }
        Matcher probe = patterns[patternOf[p]].matcher(new String(new char[] {first, second}));
        boolean may = probe.lookingAt() || probe.hitEnd();
        pairs[slot] = pair << 2 | FILLED | (may ? MAY : 0);
        return may;
    }

    /** Where the search goes on after the match {@code m} holds (as {@code find()} would). */
    public static int next(Matcher m) {
        return m.end() > m.start() ? m.end() : m.end() + 1;
    }
}
