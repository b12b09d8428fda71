package officialskg.extract.relation;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence as the rules see it: its mentions (indices into the document's list), the top-level ones ("units",
 * not nested in a longer mention) in text order, and its morphemes, with the small look-ups the rules share.
 */
final class SentenceView {

    /** Closing quotes and brackets that may sit between a mention and its particle (‘CES 2024’를). */
    private static final String CLOSERS = "’”'\"」』》〉)]";

    private static final Pattern TRAILER = Pattern.compile(
            "\\s*(권한대행|직무대행|당선인|당선자|후보자|후보|예비후보|내정자|지명자|씨|님|측|여사|선생|옹)\\s*");

    /** A bracketed aside between a name and its particle: 김병석(金秉析, 1985년 11월 17일 ~)는. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)\\s*");

    final Document document;
    final Sentence sentence;
    final List<Mention> mentions;
    final List<Integer> members = new ArrayList<>();
    final List<Integer> units = new ArrayList<>();

    SentenceView(Document document, Sentence sentence, List<Mention> mentions) {
        this.document = document;
        this.sentence = sentence;
        this.mentions = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
                members.add(i);
            }
        }
        Comparator<Integer> order = Comparator.comparingInt((Integer i) -> mentions.get(i).start())
                .thenComparingInt(i -> -mentions.get(i).end());
        members.sort(order);
        for (int i : members) {
            if (!coveredByAnother(i)) {
                units.add(i);
            }
        }
    }

    /** Whether another member takes the place of {@code i}; a loop, as this runs for every pair in a sentence. */
    private boolean coveredByAnother(int i) {
        for (int o : members) {
            if (o != i && covers(o, i)) {
                return true;
            }
        }
        return false;
    }

    Mention m(int index) {
        return mentions.get(index);
    }

    MentionType type(int index) {
        return mentions.get(index).type();
    }

    boolean isPersonLike(int index) {
        return type(index) == MentionType.PERSON;
    }

    boolean isOrganization(int index) {
        return type(index) == MentionType.ORGANIZATION;
    }

    /** Whether mention {@code inner} lies within {@code outer} and is shorter. */
    boolean strictlyInside(int inner, int outer) {
        Mention a = m(inner);
        Mention b = m(outer);
        return a.start() >= b.start() && a.end() <= b.end() && a.length() < b.length();
    }

    /**
     * Whether {@code other} takes the place of {@code mention} in the reading order: it contains it (the nested one is
     * read through its container), or the two cross and {@code other} is surer, else longer, else listed first.
     * Overlapping mentions would otherwise read as neighbours with nothing between them.
     */
    private boolean covers(int other, int mention) {
        Mention a = m(other);
        Mention b = m(mention);
        if (!a.overlaps(b)) {
            return false;
        }
        if (strictlyInside(mention, other) || strictlyInside(other, mention)) {
            return strictlyInside(mention, other);
        }
        if (a.confidence() != b.confidence()) {
            return a.confidence() > b.confidence();
        }
        return a.length() > b.length() || (a.length() == b.length() && other < mention);
    }

    List<Integer> inside(int outer) {
        return members.stream().filter(i -> strictlyInside(i, outer)).toList();
    }

    /** The text between two code-point offsets of the document, clamped to this sentence. */
    String text(int from, int to) {
        int a = Math.max(from, sentence.start());
        int b = Math.min(to, sentence.end());
        return a >= b ? "" : document.slice(a, b);
    }

    String gap(int left, int right) {
        return text(m(left).end(), m(right).start());
    }

    /** Up to {@code length} code points after the mention. */
    String after(int index, int length) {
        return text(m(index).end(), m(index).end() + length);
    }

    /** Up to {@code length} code points before an offset. */
    String before(int offset, int length) {
        return text(offset - length, offset);
    }

    int unitPosition(int mentionIndex) {
        return units.indexOf(mentionIndex);
    }

    /** The unit at a position in text order, or -1 past either end. */
    int unitAt(int position) {
        return position >= 0 && position < units.size() ? units.get(position) : -1;
    }

    List<Morpheme> morphemes() {
        return sentence.morphemes();
    }

    /** Index of the first morpheme starting at or after an offset (size when none). */
    int morphemeFrom(int offset) {
        List<Morpheme> ms = morphemes();
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k).start() >= offset) {
                return k;
            }
        }
        return ms.size();
    }

    /** The particle right after a mention (past closing quotes), or null when a particle does not follow. */
    Morpheme particleAfter(int index) {
        List<Morpheme> ms = morphemes();
        for (int k = morphemeFrom(m(index).end()); k < ms.size(); k++) {
            Morpheme mo = ms.get(k);
            if (isCloser(mo)) {
                continue;
            }
            return mo.tag().isParticle() && onlyClosersBetween(m(index).end(), mo.start()) ? mo : null;
        }
        return null;
    }

    /** The unit that ends right before an offset with only closing quotes and spaces between, or -1. */
    int unitEndingBefore(int offset) {
        for (int i = units.size() - 1; i >= 0; i--) {
            int u = units.get(i);
            if (m(u).end() <= offset) {
                return onlyClosersBetween(m(u).end(), offset) ? u : -1;
            }
        }
        return -1;
    }

    /**
     * The mention a particle belongs to: the unit right before it, past a status or courtesy word that is not itself
     * a mention (한덕수 대통령 권한대행은, 오세훈 시장 당선인이, 김건모 씨는) or a bracketed aside, or -1.
     */
    int unitBeforeParticle(int offset) {
        int direct = unitEndingBefore(offset);
        if (direct >= 0) {
            return direct;
        }
        for (int i = units.size() - 1; i >= 0; i--) {
            int u = units.get(i);
            if (m(u).end() <= offset) {
                String between = text(m(u).end(), offset);
                return TRAILER.matcher(between).matches() || ASIDE.matcher(between).matches() ? u : -1;
            }
        }
        return -1;
    }

    /** The unit that starts at or after an offset with only opening quotes and spaces between, or -1. */
    int unitStartingAfter(int offset) {
        for (int u : units) {
            if (m(u).start() >= offset) {
                String between = text(offset, m(u).start());
                return between.chars().allMatch(c -> Character.isWhitespace(c) || "‘“'\"「『《〈(".indexOf(c) >= 0)
                        ? u : -1;
            }
        }
        return -1;
    }

    boolean onlyClosersBetween(int from, int to) {
        return text(from, to).chars().allMatch(c -> Character.isWhitespace(c) || CLOSERS.indexOf(c) >= 0);
    }

    static boolean isCloser(Morpheme m) {
        return m.tag().isSymbol() && m.surface().chars().allMatch(c -> CLOSERS.indexOf(c) >= 0);
    }

    /** A morpheme that ends a clause: a connective or final ending, or sentence punctuation. */
    static boolean endsClause(Morpheme m) {
        return m.lastTag() == PosTag.EC || m.lastTag() == PosTag.EF || m.is(PosTag.SF) || m.is(PosTag.SC)
                || m.surface().equals(",");
    }
}
