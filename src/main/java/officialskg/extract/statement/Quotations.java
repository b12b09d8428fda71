package officialskg.extract.statement;

import officialskg.extract.CharClass;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text: pairs of quotation marks within one line ({@code “…”}, {@code "…"}, and, outside
 * double ones, {@code ‘…’}, {@code '…'}, {@code 「…」}). A mark that finds no partner on its line opens nothing.
 * Offsets are code points; {@code open} and {@code close} are the marks themselves.
 */
final class Quotations {

    /** Longest quotation read, in code points: a stray mark must not swallow a paragraph. */
    static final int MAX_LENGTH = 600;

    record Quote(int open, int close) {
        int contentStart() {
            return open + 1;
        }

        boolean contains(int offset) {
            return offset > open && offset < close;
        }
    }

    private final List<Quote> quotes;

    Quotations(int[] cp) {
        List<Quote> found = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= cp.length; i++) {
            if (i == cp.length || cp[i] == '\n') {
                line(cp, lineStart, i, found);
                lineStart = i + 1;
            }
        }
        found.sort((a, b) -> Integer.compare(a.open, b.open));
        this.quotes = List.copyOf(found);
    }

    List<Quote> all() {
        return quotes;
    }

    /** Whether an offset lies strictly inside some quotation (between its marks). */
    boolean inside(int offset) {
        for (Quote q : quotes) {
            if (q.open >= offset) {
                return false;
            }
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static void line(int[] cp, int from, int to, List<Quote> out) {
        List<Quote> doubles = new ArrayList<>();
        pairs(cp, from, to, '“', '”', doubles);
        pairs(cp, from, to, '"', '"', doubles);
        out.addAll(doubles);
        List<Quote> singles = new ArrayList<>();
        pairs(cp, from, to, '‘', '’', singles);
        pairs(cp, from, to, '\'', '\'', singles);
        pairs(cp, from, to, '「', '」', singles);
        for (Quote s : singles) {
            if (doubles.stream().noneMatch(d -> d.contains(s.open) || d.contains(s.close)
                    || s.contains(d.open))) {
                out.add(s);
            }
        }
    }

    /** Pairs in order: the next opener, then the next closer after it (the same mark for ASCII quotes). */
    private static void pairs(int[] cp, int from, int to, int opener, int closer, List<Quote> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            int c = cp[i];
            if (open < 0 && c == opener && (opener != '\'' || i == from || !latin(cp[i - 1]))) {
                open = i;
            } else if (open >= 0 && c == closer && (closer != '\'' || i + 1 == to || !latin(cp[i + 1]))) {
                if (i - open - 1 > 0 && i - open <= MAX_LENGTH) {
                    out.add(new Quote(open, i));
                }
                open = -1;
            }
        }
    }

    /** A Latin letter or digit next to an ASCII {@code '} makes it an apostrophe (Korea's, '90s), not a quote. */
    private static boolean latin(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    static boolean hangul(int c) {
        return CharClass.isHangulSyllable(c);
    }
}
