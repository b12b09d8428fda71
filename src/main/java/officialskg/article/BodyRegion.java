package officialskg.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the article sits among the lines of a page.
 *
 * <p>Every line is classified ({@link LineClassifier}); a header such as {@code 주요 뉴스} also claims the list that
 * follows it. The remaining prose and caption lines form clusters, split wherever three or more chrome lines or a
 * link-block header come between them. The cluster with the most prose is the article; neighbouring clusters
 * with at least two prose lines of their own join it (a related-links box in the middle of an article splits it
 * without ending it). A byline or copyright line ends a cluster too, and closes the article: nothing after it
 * joins, and what follows it weighs less. Everything outside the region is page chrome, except the headline area
 * above it.
 */
final class BodyRegion {

    private static final int SPLITTING_CHROME_RUN = 3;
    private static final int MIN_PROSE_LINES_TO_JOIN = 2;
    private static final int AFTER_CLOSING_DISCOUNT = 4;

    final List<String> lines;
    final LineKind[] kinds;
    /** Chrome lines and the link lists their headers open. */
    final boolean[] dropped;
    /** First and last line of the article, inclusive; {@code start == -1} when the page has no prose. */
    final int start;
    final int end;

    private BodyRegion(List<String> lines, LineKind[] kinds, boolean[] dropped, int start, int end) {
        this.lines = lines;
        this.kinds = kinds;
        this.dropped = dropped;
        this.start = start;
        this.end = end;
    }

    /** Classifies plain text lines, then finds the article among them. */
    static BodyRegion of(List<String> lines) {
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = LineClassifier.classify(lines.get(i));
        }
        return of(lines, kinds);
    }

    /** @param kinds one per line, classified by the caller (HTML knows captions and list items from its markup) */
    static BodyRegion of(List<String> lines, LineKind[] kinds) {
        markCaptions(lines, kinds);
        boolean[] dropped = markChrome(kinds);
        List<int[]> clusters = clusters(kinds, dropped);
        if (clusters.isEmpty()) {
            return new BodyRegion(lines, kinds, dropped, -1, -1);
        }
        int best = 0;
        for (int c = 1; c < clusters.size(); c++) {
            if (proseWeight(lines, kinds, clusters.get(c)) > proseWeight(lines, kinds, clusters.get(best))) {
                best = c;
            }
        }
        int first = best;
        while (first > 0 && joins(kinds, clusters.get(first - 1), clusters.get(first))) {
            first--;
        }
        int last = best;
        while (last + 1 < clusters.size() && joins(kinds, clusters.get(last + 1), clusters.get(last + 1))) {
            last++;
        }
        int start = clusters.get(first)[0];
        int end = clusters.get(last)[1];
        for (int i = start - 1; i >= 0 && extendsBody(lines, kinds, dropped, i); i--) {
            start = kinds[i] == LineKind.BLANK ? start : i;
        }
        for (int i = end + 1; i < kinds.length && extendsBody(lines, kinds, dropped, i); i++) {
            end = kinds[i] == LineKind.BLANK ? end : i;
        }
        return new BodyRegion(lines, kinds, dropped, start, end);
    }

    /**
     * Uncredited captions ({@link CaptionShapes#isUncredited}): a progressive sentence naming a place becomes a
     * caption when it lacks a full stop, when the page repeats it on the next line (alt text, then the caption), or
     * when the nearest line above or below marks a picture ({@code 사진 확대}, {@code [사진]}, a credit alone). Only
     * prose and short lines change; one pass over the lines.
     */
    private static void markCaptions(List<String> lines, LineKind[] kinds) {
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] != LineKind.PROSE && kinds[i] != LineKind.SHORT) || !CaptionShapes.isUncredited(lines.get(i))) {
                continue;
            }
            String line = lines.get(i);
            int above = neighbour(kinds, i, -1);
            int below = neighbour(kinds, i, 1);
            boolean repeated = (i > 0 && lines.get(i - 1).equals(line)) || (i + 1 < kinds.length && lines.get(i + 1).equals(line));
            boolean nextToPicture = (above >= 0 && CaptionShapes.isImageMarker(lines.get(above)))
                    || (below >= 0 && CaptionShapes.isImageMarker(lines.get(below)));
            if (CaptionShapes.unstopped(line) || repeated || nextToPicture) {
                kinds[i] = LineKind.CAPTION;
                if (i + 1 < kinds.length && lines.get(i + 1).equals(line)) {
                    kinds[i + 1] = LineKind.CAPTION;
                }
            }
        }
    }

    /** The nearest non-blank line in direction {@code step}, or -1. Blank runs are short; see callers. */
    private static int neighbour(LineKind[] kinds, int i, int step) {
        for (int j = i + step, seen = 0; j >= 0 && j < kinds.length && seen < 3; j += step, seen++) {
            if (kinds[j] != LineKind.BLANK) {
                return j;
            }
        }
        return -1;
    }

    /** Short full sentences next to the body ({@code 감사합니다.}) belong to it; blank lines are passed over. */
    private static boolean extendsBody(List<String> lines, LineKind[] kinds, boolean[] dropped, int i) {
        return kinds[i] == LineKind.BLANK
                || (kinds[i] == LineKind.SHORT && !dropped[i] && LineClassifier.isStoppedSentence(lines.get(i)));
    }

    boolean hasBody() {
        return start >= 0;
    }

    /** Whether line {@code i} is kept as body text: inside the region and not chrome. */
    boolean keeps(int i) {
        return i >= start && i <= end && !dropped[i] && kinds[i] != LineKind.BLANK;
    }

    /** Chrome lines, and after a link-block header its list: bullets, numbers and unbroken short lines. */
    private static boolean[] markChrome(LineKind[] kinds) {
        boolean[] dropped = new boolean[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            dropped[i] = kinds[i].isChrome();
            if (kinds[i] != LineKind.HEADER) {
                continue;
            }
            boolean afterBlank = false;
            int j = i + 1;
            for (; j < kinds.length; j++) {
                LineKind k = kinds[j];
                if (k == LineKind.BLANK) {
                    afterBlank = true;
                    continue;
                }
                boolean listItem = k == LineKind.BULLET || k.isChrome() || (k == LineKind.SHORT && !afterBlank);
                if (!listItem || k == LineKind.HEADER) {
                    break;
                }
                dropped[j] = true;
                afterBlank = false;
            }
            i = j - 1;
        }
        return dropped;
    }

    /** Runs of content lines as {@code [first, last, closedBefore]}: line indexes, and 1 when a byline or copyright line precedes. */
    private static List<int[]> clusters(LineKind[] kinds, boolean[] dropped) {
        List<int[]> clusters = new ArrayList<>();
        int first = -1;
        int last = -1;
        int closedBefore = 0;
        int chromeSince = 0;
        boolean headerSince = false;
        boolean closedSince = false;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].isContent() && !dropped[i]) {
                if (first >= 0 && (chromeSince >= SPLITTING_CHROME_RUN || headerSince || closedSince)) {
                    clusters.add(new int[] {first, last, closedBefore});
                    closedBefore = closedSince ? 1 : 0;
                    first = -1;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                chromeSince = 0;
                headerSince = false;
                closedSince = false;
            } else if (dropped[i] || kinds[i] == LineKind.BULLET) {
                chromeSince++;
                headerSince |= kinds[i] == LineKind.HEADER;
                closedSince |= first >= 0 && kinds[i].closesArticle();
            }
        }
        if (first >= 0) {
            clusters.add(new int[] {first, last, closedBefore});
        }
        return clusters;
    }

    /**
     * Whether a neighbouring cluster is more of the same article: it has prose of its own, and no byline or
     * copyright line (which close an article) lies between ({@code after} is the later of the two clusters).
     */
    private static boolean joins(LineKind[] kinds, int[] neighbour, int[] after) {
        return after[2] == 0 && proseLines(kinds, neighbour) >= MIN_PROSE_LINES_TO_JOIN;
    }

    private static int proseLines(LineKind[] kinds, int[] cluster) {
        int n = 0;
        for (int i = cluster[0]; i <= cluster[1]; i++) {
            n += kinds[i] == LineKind.PROSE ? 1 : 0;
        }
        return n;
    }

    /**
     * Prose code points, captions counting half: the article is where the running text is. Text after a byline or
     * copyright line counts a quarter: pages follow the article with appeals and teasers that read like prose.
     */
    private static int proseWeight(List<String> lines, LineKind[] kinds, int[] cluster) {
        int weight = 0;
        for (int i = cluster[0]; i <= cluster[1]; i++) {
            String line = lines.get(i);
            int length = line.codePointCount(0, line.length());
            weight += kinds[i] == LineKind.PROSE ? length : kinds[i] == LineKind.CAPTION ? length / 2 : 0;
        }
        return cluster[2] == 0 ? weight : weight / AFTER_CLOSING_DISCOUNT;
    }
}
