package officialskg.extract.gazetteer;

import officialskg.extract.CharClass;
import officialskg.extract.Josa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer names in text with a code-point trie and Korean word-boundary rules: a match starts where a word
 * starts ({@link CharClass#startsWord}) and ends where the word ends or only a particle follows
 * ({@link Josa#endsWord}) — so {@code 부산시민} does not contain {@code 부산시}, and {@code 서울시장} is left to the
 * title rules. At each start the longest valid name wins; matching resumes after it (leftmost-longest).
 */
public final class GazetteerMatcher {

    /** One found name: {@code [start, end)} in code points and every entry that has that surface form. */
    public record Match(int start, int end, List<GazetteerEntry> entries) {
        public GazetteerEntry entry() {
            return entries.get(0);
        }
    }

    /** A trie node while the gazetteer is read. */
    private static final class Building {
        final Map<Integer, Building> next = new HashMap<>();
        List<GazetteerEntry> entries;
    }

    /**
     * A trie node once built: children by bisection over sorted code points, entries as an unmodifiable list. Every
     * extractor walks the trie from most positions of every document, and a {@code HashMap<Integer, …>} per node
     * spent that time boxing code points and hashing them.
     */
    private static final class Node {
        final int[] keys;
        final Node[] children;
        final List<GazetteerEntry> entries;

        Node(Building b) {
            keys = b.next.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            children = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                children[i] = new Node(b.next.get(keys[i]));
            }
            entries = b.entries == null ? null : List.copyOf(b.entries);
        }

        Node next(int c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }
    }

    private final Node root;

    public GazetteerMatcher(Gazetteer gazetteer) {
        Building trie = new Building();
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String surface : e.surfaces()) {
                add(trie, surface, e);
            }
        }
        this.root = new Node(trie);
    }

    private static void add(Building root, String surface, GazetteerEntry entry) {
        Building n = root;
        for (int c : surface.codePoints().toArray()) {
            n = n.next.computeIfAbsent(c, k -> new Building());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        if (!n.entries.contains(entry)) {
            n.entries.add(entry);
        }
    }

    /** Leftmost-longest, non-overlapping matches over {@code text} (code points). */
    public List<Match> find(int[] text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            Match m = CharClass.startsWord(text, i) ? longestAt(text, i) : null;
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The longest name starting exactly at {@code start} that ends a word, or {@code null}. */
    public Match longestAt(int[] text, int start) {
        Node n = root;
        Match best = null;
        for (int j = start; j < text.length; j++) {
            n = n.next(text[j]);
            if (n == null) {
                break;
            }
            if (n.entries != null && Josa.endsWord(text, j + 1)) {
                best = new Match(start, j + 1, List.copyOf(n.entries));
            }
        }
        return best;
    }

    /**
     * The longest gazetteer name that {@code text[from, to)} begins with, ignoring word boundaries (for compounds
     * such as {@code 서울바이오허브}, whose first part is a known place), or {@code null}.
     */
    public Match longestPrefix(int[] text, int from, int to) {
        Node n = root;
        Match best = null;
        for (int j = from; j < to; j++) {
            n = n.next(text[j]);
            if (n == null) {
                break;
            }
            if (n.entries != null) {
                best = new Match(from, j + 1, List.copyOf(n.entries));
            }
        }
        return best;
    }

    /** Whether {@code text[from, to)} is exactly some gazetteer surface form. */
    public List<GazetteerEntry> exact(int[] text, int from, int to) {
        Node n = root;
        for (int j = from; j < to && n != null; j++) {
            n = n.next(text[j]);
        }
        return n == null || n.entries == null ? List.of() : List.copyOf(n.entries);
    }
}
